package dk.pulje.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts as the Danish pages write them, checked against Java's own Danish number format
 * over the edges and a million random amounts.
 */
class DanishAmountTextTests {

	private static final long MILLION_ORE = 100_000_000L;

	private static final long BILLION_ORE = 1000 * MILLION_ORE;

	@Test
	void theEdgesAreWrittenAsJavasDanishFormatWritesThem() {
		long[] edges = { 0, 1, 9, 10, 99, 100, 101, 150, 99_999, 100_000, 123_456_789, MILLION_ORE, MILLION_ORE + 1,
				MILLION_ORE / 10, 50_800_000_00L, 999 * MILLION_ORE, BILLION_ORE, 12 * BILLION_ORE / 10, 1_250_000_00L,
				Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1 };
		for (long ore : edges) {
			assertThat(Amount.ofOre(ore).toDanishText()).as("%d øre", ore).isEqualTo(asJavaWritesIt(ore));
			assertThat(Amount.ofOre(-ore).toDanishText()).as("%d øre", -ore).isEqualTo(asJavaWritesIt(-ore));
		}
	}

	@Test
	void aMillionRandomAmountsAreWrittenAsJavasDanishFormatWritesThem() {
		SplittableRandom random = new SplittableRandom(20261130);
		for (int i = 0; i < 1_000_000; i++) {
			long ore = switch (i % 4) {
				case 0 -> random.nextLong(-1_000_000_00L, 1_000_000_00L);
				case 1 -> random.nextLong(-100_000, 100_000) * (MILLION_ORE / 10);
				case 2 -> random.nextLong(-10_000, 10_000) * (BILLION_ORE / 10);
				default -> random.nextLong();
			};
			assertThat(Amount.ofOre(ore).toDanishText()).as("%d øre", ore).isEqualTo(asJavaWritesIt(ore));
		}
	}

	/** The rule written with DecimalFormat, as the pages first wrote it. */
	private static String asJavaWritesIt(long ore) {
		BigDecimal kroner = BigDecimal.valueOf(ore).movePointLeft(2);
		long abs = Math.abs(ore);
		if (abs >= BILLION_ORE && abs % (BILLION_ORE / 10) == 0) {
			return danish(BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(BILLION_ORE)), 1) + " mia. kr.";
		}
		if (abs >= MILLION_ORE && abs % (MILLION_ORE / 10) == 0) {
			return danish(BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(MILLION_ORE)), 1) + " mio. kr.";
		}
		return danish(kroner, 2) + " kr.";
	}

	private static String danish(BigDecimal value, int decimals) {
		DecimalFormat format = new DecimalFormat("#,##0",
				DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da")));
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? decimals : 0);
		return format.format(value);
	}

}
