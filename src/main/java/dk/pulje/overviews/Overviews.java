package dk.pulje.overviews;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Table;

/**
 * The overviews a ministry or committee reads, each as a title, a line about who made it
 * or how to read it, and its tables: the one source of the pages, their CSV, XLSX and PDF
 * files, and the API's JSON, so that all of them hold the same figures.
 */
@Service
class Overviews {

	/** An overview: its title, a line under it, and its tables. */
	record Overview(String title, @Nullable String note, List<Table> tables, String fileName) {
	}

	private final Announcements announcements;

	private final NationalInitiatives initiatives;

	private final FundingManagement funding;

	private final FieldMessages words;

	private final MoneyFlows money;

	private final MoneyTables moneyTables;

	Overviews(Announcements announcements, NationalInitiatives initiatives, FundingManagement funding,
			FieldMessages words, MoneyFlows money, MoneyTables moneyTables) {
		this.announcements = announcements;
		this.initiatives = initiatives;
		this.funding = funding;
		this.words = words;
		this.money = money;
		this.moneyTables = moneyTables;
	}

	/** The pools a programme has announced, with their money by year. */
	Overview announcements(long programmeId) {
		ProgrammeView programme = this.funding.programme(programmeId);
		return new Overview(this.words.text("announcements.title-of", programme.name()), programme.owner(),
				List.of(this.announcements.of(programmeId)), "puljer-" + programme.name());
	}

	/** The national initiatives that touch the sectors chosen. */
	Overview initiatives(@Nullable List<OrganisationType> chosen) {
		Set<OrganisationType> sectors = sectors(chosen);
		return new Overview(this.words.text("initiatives.title", this.initiatives.sectorNames(sectors)), null,
				List.of(this.initiatives.touching(sectors)), "nationale-initiativer");
	}

	/** The money of one agreement, or of all, by programme and year. */
	Overview money(@Nullable Long agreementId) {
		List<MoneyFlows.Agreement> chosen = chosen(this.money.byAgreement(), agreementId);
		String title = agreementId == null ? this.words.text("money.title")
				: this.words.text("money.title-of", this.moneyTables.title(chosen.get(0)));
		return new Overview(title, this.words.text("money.explained"), this.moneyTables.of(chosen), "penge-pr-aftale");
	}

	/**
	 * The sectors asked for; municipalities and regions together when none is chosen, as
	 * seed 004 lists them.
	 */
	static Set<OrganisationType> sectors(@Nullable List<OrganisationType> chosen) {
		List<OrganisationType> named = chosen == null ? List.of() : chosen.stream().filter(Objects::nonNull).toList();
		return named.isEmpty() ? EnumSet.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION)
				: EnumSet.copyOf(named);
	}

	private static List<MoneyFlows.Agreement> chosen(List<MoneyFlows.Agreement> all, @Nullable Long agreementId) {
		if (agreementId == null) {
			return all;
		}
		List<MoneyFlows.Agreement> one = all.stream().filter(a -> agreementId.equals(a.id())).toList();
		if (one.isEmpty()) {
			throw new RecordNotFound("agreement", agreementId);
		}
		return one;
	}

}
