package dk.pulje.pools;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.pulje.money.Amount;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PoolTests {

	private static PoolRequest crossSectorPool(List<PoolRequest.EarmarkRequest> earmarks) {
		return new PoolRequest("Pulje til styrket samarbejde og kvalitet på tværs af sektorer", null, null, null,
				ApplicationForm.JOINT_ACROSS_TYPES,
				Set.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION, OrganisationType.GENERAL_PRACTICE),
				List.of(new PoolRequest.ContentAreaRequest(null, "Tværsektorielt samarbejde", null, null)), null, null,
				"10,5 mio.", earmarks, null, "ultimo 2018 eller primo 2019", null, null);
	}

	@Test
	void keepsAnEarmarkWithinThePool() {
		// Seed 000: "Der er afsat 10,5 mio. Heraf 1 mio. til udvikling og evaluering."
		PoolRequest request = crossSectorPool(
				List.of(new PoolRequest.EarmarkRequest("Udvikling og evaluering", Amount.ofMillions("1"))));

		Pool pool = Pool.define(request, StatedAmount.parseDanish("10,5 mio."), null, false);

		assertThat(pool.amount()).isEqualTo(Amount.ofMillions("10.5"));
		assertThat(pool.earmarks()).extracting(Earmark::amount).containsExactly(Amount.ofMillions("1"));
	}

	@Test
	void refusesEarmarksLargerThanThePoolByOneOre() {
		PoolRequest request = crossSectorPool(
				List.of(new PoolRequest.EarmarkRequest("Udvikling", Amount.ofMillions("10.5").plus(Amount.ofOre(1)))));

		assertThatThrownBy(() -> Pool.define(request, StatedAmount.parseDanish("10,5 mio."), null, false))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.rule()).isEqualTo("earmarks-exceed-pool");
				assertThat(ex.field()).isEqualTo("earmarks");
			});
	}

	@Test
	void withoutAStatedTotalItsAmountIsWhatItsYearsAddUpTo() {
		PoolRequest request = new PoolRequest("Pulje", null, null, null, ApplicationForm.ALONE_OR_JOINT,
				Set.of(OrganisationType.MUNICIPALITY), null,
				YearlyAmounts.of(Map.of(2017, Amount.ofMillions("100"), 2018, Amount.ofMillions("100"))), null, null,
				null, null, null, null, null);

		assertThat(Pool.define(request, null, null, false).amount()).isEqualTo(Amount.ofMillions("200"));
	}

	@Test
	void namesContentAreasByACodeMadeFromTheirName() {
		assertThat(Pool.codeOf("Styrkelse af den sundhedsfaglige indsats på bosteder"))
			.isEqualTo("styrkelse-af-den-sundhedsfaglige-indsats-paa-bosteder");
	}

}
