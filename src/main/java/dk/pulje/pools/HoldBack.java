package dk.pulje.pools;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.YearlyAmounts;

/**
 * What of a grant the pool holds back until the project's final report is approved: a
 * share of the grant in percent, or the rate of its last year, or nothing.
 */
public record HoldBack(@Nullable Integer percent, boolean lastYear) {

	public static final HoldBack NONE = new HoldBack(null, false);

	/**
	 * What is held back of a grant: the share rounded to the øre (half up), or what was
	 * granted for the last year.
	 */
	public Amount of(YearlyAmounts granted) {
		if (this.lastYear && !granted.isEmpty()) {
			return granted.in(granted.byYear().lastKey());
		}
		if (this.percent == null) {
			return Amount.ZERO;
		}
		BigDecimal ore = BigDecimal.valueOf(granted.total().ore())
			.multiply(BigDecimal.valueOf(this.percent))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
		return Amount.ofOre(ore.longValueExact());
	}

}
