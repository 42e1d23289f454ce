package dk.pulje.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An exact amount of Danish kroner, held as whole øre. Never a floating-point number: the
 * sources speak of "50,8 mio. kr." and a pool's remainder must come out to the øre.
 *
 * <p>
 * In JSON an amount is a decimal string of kroner with two decimals ("50800000.00"), so
 * that no client has to trust a floating-point parser with money.
 */
public record Amount(long ore) implements Comparable<Amount> {

	public static final Amount ZERO = new Amount(0);

	/**
	 * The largest amount Pulje takes in, either way: 100 mia. kr. The whole Danish health
	 * budget is about twice that, so no pool, grant, budget or agreement comes near, and
	 * a hundred thousand amounts of this size still add up far below what an amount can
	 * hold: a sum never overflows.
	 */
	public static final Amount LARGEST = new Amount(100_000_000_000L * 100);

	private static final long ORE_PER_KRONE = 100;

	private static final long MILLION_ORE = 1_000_000L * ORE_PER_KRONE;

	private static final long BILLION_ORE = 1_000_000_000L * ORE_PER_KRONE;

	public static Amount ofOre(long ore) {
		return new Amount(ore);
	}

	public static Amount ofKroner(long kroner) {
		return new Amount(Math.multiplyExact(kroner, ORE_PER_KRONE));
	}

	/**
	 * Exact conversion of an amount given from outside; refuses fractions of an øre
	 * rather than rounding them away, and anything beyond {@link #LARGEST}.
	 */
	public static Amount ofKroner(BigDecimal kroner) {
		if (kroner == null) {
			throw new IllegalArgumentException("amount is missing");
		}
		if (kroner.abs().compareTo(LARGEST.kroner()) > 0) {
			throw new IllegalArgumentException(
					"an amount is at most " + LARGEST + " kroner: " + kroner.toPlainString());
		}
		try {
			return new Amount(kroner.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("an amount has at most two decimals (øre): " + kroner.toPlainString());
		}
	}

	/**
	 * An amount in JSON: a string of kroner ("50800000.00"). A JSON number is refused: it
	 * has passed through a floating-point parser in most clients, and 0.1 there is not
	 * 0.1.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static Amount fromJson(String kroner) {
		if (kroner == null || !kroner.strip().matches("-?\\d+(\\.\\d{1,2})?")) {
			throw new IllegalArgumentException("an amount is a string of kroner with at most two decimals: " + kroner);
		}
		return ofKroner(new BigDecimal(kroner.strip()));
	}

	public static Amount ofMillions(String millions) {
		return new Amount(new BigDecimal(millions).multiply(BigDecimal.valueOf(MILLION_ORE)).longValueExact());
	}

	public Amount plus(Amount other) {
		return new Amount(Math.addExact(this.ore, other.ore));
	}

	public Amount minus(Amount other) {
		return new Amount(Math.subtractExact(this.ore, other.ore));
	}

	public boolean isNegative() {
		return this.ore < 0;
	}

	public boolean isPositive() {
		return this.ore > 0;
	}

	public boolean isGreaterThan(Amount other) {
		return compareTo(other) > 0;
	}

	/**
	 * Rounds half up to a multiple of the given unit, as a document rounds "4,25 mio." to
	 * "4,3 mio.".
	 */
	public Amount roundedTo(Amount unit) {
		if (!unit.isPositive()) {
			throw new IllegalArgumentException("a rounding unit must be positive");
		}
		BigDecimal units = BigDecimal.valueOf(this.ore).divide(BigDecimal.valueOf(unit.ore), 0, RoundingMode.HALF_UP);
		return new Amount(units.longValueExact() * unit.ore);
	}

	public BigDecimal kroner() {
		return BigDecimal.valueOf(this.ore, 2);
	}

	/** The JSON form: kroner with two decimals, as a string ("50800000.00"). */
	@JsonValue
	String json() {
		return kroner().toPlainString();
	}

	/**
	 * Danish text as the sources write it: "50,8 mio. kr." or "6,5 mia. kr." when the
	 * amount is a whole tenth of those units, otherwise the exact figure, "1.234.567,89
	 * kr.".
	 */
	public String toDanishText() {
		// Written out by hand rather than through DecimalFormat: a page of calls or a
		// money
		// overview shows hundreds of amounts, and making a Danish DecimalFormat for each
		// was a fifth of the time such a page took.
		long abs = Math.abs(this.ore);
		String sign = this.ore < 0 ? "-" : "";
		if (abs >= BILLION_ORE && abs % (BILLION_ORE / 10) == 0) {
			return sign + tenths(abs / (BILLION_ORE / 10)) + " mia. kr.";
		}
		if (abs >= MILLION_ORE && abs % (MILLION_ORE / 10) == 0) {
			return sign + tenths(abs / (MILLION_ORE / 10)) + " mio. kr.";
		}
		// Unsigned, so that even the most negative long has its digits.
		String digits = this.ore < 0 ? Long.toUnsignedString(-this.ore) : Long.toString(this.ore);
		if (digits.length() < 3) {
			digits = "0".repeat(3 - digits.length()) + digits;
		}
		String ore = digits.substring(digits.length() - 2);
		return sign + grouped(digits.substring(0, digits.length() - 2)) + ("00".equals(ore) ? "" : "," + ore) + " kr.";
	}

	/** Tenths of a million or billion: "50,8", or "2" when whole. */
	private static String tenths(long tenths) {
		String whole = grouped(Long.toString(tenths / 10));
		return tenths % 10 == 0 ? whole : whole + "," + tenths % 10;
	}

	/** Digits in groups of three, with the Danish point between them: "1.250.000". */
	private static String grouped(String digits) {
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
		text.append(digits, 0, first);
		for (int at = first; at < digits.length(); at += 3) {
			text.append('.').append(digits, at, at + 3);
		}
		return text.toString();
	}

	@Override
	public int compareTo(Amount other) {
		return Long.compare(this.ore, other.ore);
	}

	@Override
	public String toString() {
		return kroner().toPlainString();
	}

}
