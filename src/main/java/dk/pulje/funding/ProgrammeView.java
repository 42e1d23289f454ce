package dk.pulje.funding;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.TotalCheck;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;

/**
 * A programme with its stated total beside what its appropriations add up to, and a
 * warning where they differ.
 */
public record ProgrammeView(long id, long version, String name, ProgrammeKind kind, @Nullable String owner,
		@Nullable String purpose, @Nullable Integer firstYear, @Nullable Integer lastYear,
		@Nullable StatedAmount statedTotal, @Nullable Long parentId, YearlyAmounts appropriated,
		Amount appropriatedTotal, List<TotalCheck> warnings, Set<OrganisationType> sectors, boolean demo) {

	static ProgrammeView of(Programme p, YearlyAmounts appropriated) {
		List<TotalCheck> warnings = TotalCheck.disagreement("statedTotal", p.statedTotal(), appropriated)
			.stream()
			.toList();
		return new ProgrammeView(p.id(), p.version(), p.name(), p.kind(), p.owner(), p.purpose(), p.firstYear(),
				p.lastYear(), p.statedTotal(), p.parentId(), appropriated, appropriated.total(), warnings, p.sectors(),
				p.demo());
	}

}
