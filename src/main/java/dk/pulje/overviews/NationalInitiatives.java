package dk.pulje.overviews;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import dk.pulje.funding.AppropriationView;
import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.Paging;
import dk.pulje.pools.PoolCatalogue;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolSummary;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Table;

/**
 * The national initiatives that touch every chosen sector, in the shape of seed 004: each
 * with the agreement that funds it, its total as the source states it and as its years
 * add up (flagged where they disagree), the amount of each year, who may apply to its
 * pools, and its purpose.
 */
@Component
class NationalInitiatives {

	private final FundingManagement funding;

	private final PoolManagement pools;

	private final PoolCatalogue catalogue;

	private final FieldMessages words;

	NationalInitiatives(FundingManagement funding, PoolManagement pools, PoolCatalogue catalogue, FieldMessages words) {
		this.catalogue = catalogue;
		this.funding = funding;
		this.pools = pools;
		this.words = words;
	}

	Table touching(Set<OrganisationType> sectors) {
		List<ProgrammeView> initiatives = this.funding.allProgrammes()
			.stream()
			.filter(p -> !p.sectors().isEmpty() && p.sectors().containsAll(sectors))
			.toList();
		TreeSet<Integer> years = new TreeSet<>();
		initiatives.forEach(p -> years.addAll(p.appropriated().byYear().keySet()));
		List<List<Object>> rows = new ArrayList<>();
		for (ProgrammeView initiative : initiatives) {
			List<Object> row = new ArrayList<>();
			row.add(initiative.name());
			row.add(agreements(initiative.id()));
			row.add(initiative.statedTotal() == null ? null : initiative.statedTotal().asWritten());
			row.add(initiative.appropriated().isEmpty() ? null : initiative.appropriatedTotal());
			row.add(initiative.statedTotal() == null || initiative.appropriated().isEmpty() ? null
					: this.words.text(initiative.warnings().isEmpty() ? "report.yes" : "report.no-agree"));
			for (Integer year : years) {
				row.add(initiative.appropriated().byYear().get(year));
			}
			row.add(applicants(initiative.id()));
			row.add(initiative.purpose());
			rows.add(row);
		}
		List<String> header = new ArrayList<>(List.of(this.words.text("initiatives.initiative"),
				this.words.text("initiatives.agreement"), this.words.text("initiatives.stated"),
				this.words.text("initiatives.computed"), this.words.text("report.total-agrees")));
		years.forEach(y -> header.add(String.valueOf(y)));
		header.add(this.words.text("pool.eligible"));
		header.add(this.words.text("poolform.purpose"));
		return new Table(this.words.text("initiatives.table", sectorNames(sectors)), header, rows);
	}

	String sectorNames(Set<OrganisationType> sectors) {
		return String.join(this.words.text("initiatives.and"),
				EnumSet.copyOf(sectors).stream().map(t -> this.words.text("type." + t)).toList());
	}

	private String agreements(long programmeId) {
		Set<String> names = new LinkedHashSet<>();
		for (AppropriationView appropriation : this.funding
			.appropriations(null, programmeId, null, null,
					Paging.of(0, Paging.MAX_SIZE, "year", FundingManagement.APPROPRIATION_SORTS, "year"))
			.items()) {
			names.add(this.funding.agreement(appropriation.agreementId()).name());
		}
		return String.join("; ", names);
	}

	private String applicants(long programmeId) {
		Set<String> types = new TreeSet<>();
		for (PoolSummary pool : this.catalogue
			.pools(new PoolCatalogue.Filter(null, programmeId, null, null, null),
					Paging.of(0, Paging.MAX_SIZE, "name", PoolCatalogue.POOL_SORTS, "name"))
			.items()) {
			pool.eligibleTypes().forEach(t -> types.add(this.words.text("type." + t)));
		}
		return String.join(", ", types);
	}

}
