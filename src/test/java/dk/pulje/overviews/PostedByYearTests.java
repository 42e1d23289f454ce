package dk.pulje.overviews;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dk.pulje.money.Amount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's money counts in the fiscal years of the pool's money it offers, not in the
 * year the call opens.
 */
class PostedByYearTests {

	@Test
	void seed001sFirstCallOffersBothYearsOfThePool() {
		TreeMap<Integer, Amount> pool = years(2017, "100", 2018, "100");

		assertThat(MoneyFlows.postedByYear(Amount.ofMillions("200"), pool, 2017))
			.isEqualTo(Map.of(2017, Amount.ofMillions("100"), 2018, Amount.ofMillions("100")));
	}

	@Test
	void aCallThatOpensInTheAutumnForNextYearsMoneyCountsNextYear() {
		TreeMap<Integer, Amount> pool = years(2028, "40", 2029, "40");

		assertThat(MoneyFlows.postedByYear(Amount.ofMillions("30"), pool, 2027))
			.isEqualTo(Map.of(2028, Amount.ofMillions("30")));
		assertThat(MoneyFlows.postedByYear(Amount.ofMillions("30"), pool, 2028))
			.isEqualTo(Map.of(2028, Amount.ofMillions("10"), 2029, Amount.ofMillions("20")));
	}

	@Test
	void moneyNoYearOfThePoolHoldsCountsInTheYearTheCallOpened() {
		assertThat(MoneyFlows.postedByYear(Amount.ofMillions("5"), new TreeMap<>(), 2026))
			.isEqualTo(Map.of(2026, Amount.ofMillions("5")));
		assertThat(MoneyFlows.postedByYear(Amount.ofMillions("5"), years(2027, "3"), 2026))
			.isEqualTo(Map.of(2026, Amount.ofMillions("2"), 2027, Amount.ofMillions("3")));
	}

	private static TreeMap<Integer, Amount> years(Object... yearsAndMillions) {
		TreeMap<Integer, Amount> years = new TreeMap<>();
		for (int i = 0; i < yearsAndMillions.length; i += 2) {
			years.put((Integer) yearsAndMillions[i], Amount.ofMillions((String) yearsAndMillions[i + 1]));
		}
		return years;
	}

}
