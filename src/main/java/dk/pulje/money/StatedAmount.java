package dk.pulje.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.pulje.rules.RuleViolation;

/**
 * A total as a source states it: the words ("1,2 mia. kr."), the amount they mean, and
 * the precision they were written to (a tenth of a billion). A stated total is never
 * corrected; it is compared with what its parts add up to, at the precision it was
 * written with, so "1,2 mia." agrees with parts summing to 1,22 mia. while "4,2 mio."
 * does not agree with parts summing to 9,0 mio.
 */
public record StatedAmount(Amount amount, Amount precision, String asWritten) {

	private static final Pattern DANISH = Pattern.compile(
			"^\\s*(?:(?:cirka|ca\\.?|omkring|knap|godt|i alt)\\s+)?([0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?\\s*"
					+ "(mia\\.?|milliard(?:er)?|mio\\.?|million(?:er)?)?\\s*(?:kr\\.?|kroner)?\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	public StatedAmount {
		if (amount == null || precision == null || !precision.isPositive()) {
			throw new IllegalArgumentException("a stated amount needs an amount and a positive precision");
		}
		if (asWritten == null || asWritten.isBlank()) {
			asWritten = amount.toDanishText();
		}
	}

	/**
	 * Reads a total from a request that may give it as words ("4,2 mio. kr."), as an
	 * exact amount, or not at all.
	 * @return the stated total, or null when none was given
	 * @throws RuleViolation when both are given or the words are not an amount
	 */
	public static @Nullable StatedAmount fromRequest(@Nullable Amount exact, @Nullable String asWritten) {
		boolean hasWords = asWritten != null && !asWritten.isBlank();
		if (exact != null && hasWords) {
			throw new RuleViolation("stated-total-twice", "statedTotal");
		}
		if (exact != null && exact.isNegative()) {
			throw new RuleViolation("stated-total-negative", "statedTotal", exact);
		}
		if (exact != null) {
			return exact(exact);
		}
		if (!hasWords) {
			return null;
		}
		try {
			return parseDanish(asWritten);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("stated-total-unreadable", "statedTotalAsWritten", asWritten);
		}
	}

	/** An amount stated to the øre, as a caseworker types it. */
	public static StatedAmount exact(Amount amount) {
		return new StatedAmount(amount, Amount.ofOre(1), amount.toDanishText());
	}

	/**
	 * Reads an amount as Danish documents write it: "470 mio. kr.", "50,8 mio.", "1,2
	 * mia. kr.", "cirka 1,5 mia. kr.", "4.500 kr.".
	 * @throws IllegalArgumentException when the words are not an amount
	 */
	public static StatedAmount parseDanish(@Nullable String text) {
		Matcher m = DANISH.matcher(text == null ? "" : text);
		if (text == null || !m.matches()) {
			throw new IllegalArgumentException("not an amount in Danish notation: " + text);
		}
		String whole = m.group(1).replace(".", "");
		String decimals = m.group(2) == null ? "" : m.group(2);
		BigDecimal number = new BigDecimal(decimals.isEmpty() ? whole : whole + "." + decimals);
		BigDecimal unitOre = unitInOre(m.group(3));
		BigDecimal precisionOre = unitOre.movePointLeft(decimals.length());
		if (precisionOre.compareTo(BigDecimal.ONE) < 0) {
			throw new IllegalArgumentException("an amount has at most two decimals (øre): " + text);
		}
		BigDecimal ore = number.multiply(unitOre);
		if (ore.compareTo(BigDecimal.valueOf(Amount.LARGEST.ore())) > 0) {
			throw new IllegalArgumentException("an amount is at most " + Amount.LARGEST.toDanishText() + ": " + text);
		}
		Amount amount = Amount.ofOre(ore.longValueExact());
		return new StatedAmount(amount, Amount.ofOre(precisionOre.longValueExact()), text.trim());
	}

	private static BigDecimal unitInOre(String unit) {
		if (unit == null) {
			return BigDecimal.valueOf(100);
		}
		String u = unit.toLowerCase(Locale.ROOT);
		if (u.startsWith("mia") || u.startsWith("milliard")) {
			return BigDecimal.valueOf(100_000_000_000L);
		}
		return BigDecimal.valueOf(100_000_000L);
	}

	/**
	 * Whether parts summing to {@code computed} round to this figure at the precision it
	 * was written with.
	 */
	public boolean agreesWith(Amount computed) {
		return computed.roundedTo(this.precision).equals(this.amount);
	}

}
