package dk.pulje.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;

/**
 * Money, dates and time left as the page's language writes them, for templates as
 * {@code ${@formats.money(x)}}: "50,8 mio. kr.", "1.250.000 kr." and "8. juni 2018" on
 * Danish pages; "DKK 50.8 million", "DKK 1,250,000" and "8 June 2018" on English ones.
 * Times are always Danish time.
 */
@Component("formats")
public class Formats {

	private static final long MILLION_ORE = 100_000_000L;

	private static final long BILLION_ORE = 1000 * MILLION_ORE;

	/**
	 * An amount as the sources write it: in millions or billions when it is a whole tenth
	 * of them, else exact.
	 */
	public String money(Amount amount) {
		if (amount == null) {
			return "";
		}
		if (danish()) {
			return amount.toDanishText();
		}
		long abs = Math.abs(amount.ore());
		if (abs >= BILLION_ORE && abs % (BILLION_ORE / 10) == 0) {
			return "DKK " + number(BigDecimal.valueOf(amount.ore(), 0).divide(BigDecimal.valueOf(BILLION_ORE)), 1)
					+ " billion";
		}
		if (abs >= MILLION_ORE && abs % (MILLION_ORE / 10) == 0) {
			return "DKK " + number(BigDecimal.valueOf(amount.ore(), 0).divide(BigDecimal.valueOf(MILLION_ORE)), 1)
					+ " million";
		}
		return kroner(amount);
	}

	/**
	 * An amount to the øre, without units shortened: "1.250.000 kr." or "DKK 1,250,000".
	 */
	public String kroner(Amount amount) {
		if (amount == null) {
			return "";
		}
		String figure = number(amount.kroner(), 2);
		return danish() ? figure + " kr." : "DKK " + figure;
	}

	/**
	 * An amount as a form field shows it for editing: "1250000" or "1250000,50" (a comma
	 * on Danish pages).
	 */
	public String input(@Nullable Amount amount) {
		if (amount == null) {
			return "";
		}
		String plain = amount.kroner().stripTrailingZeros().toPlainString();
		if (plain.contains(".") && plain.length() - plain.indexOf('.') == 2) {
			plain = plain + "0";
		}
		return danish() ? plain.replace('.', ',') : plain;
	}

	/**
	 * An amount typed into a form, in the page's language: "1.250.000", "1250000,50" or
	 * "1 250 000 kr." on Danish pages, "1,250,000.50" on English ones. Empty when it is
	 * not an amount in kroner with at most two decimals.
	 */
	public Optional<Amount> parse(@Nullable String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.strip().replaceAll("(?i)\\s*(kr\\.?|dkk)\\s*", "").replace(" ", "").replace("\u00a0", "");
		char decimal = danish() ? ',' : '.';
		char grouping = danish() ? '.' : ',';
		if (!text.matches("-?\\d{1,3}(\\" + grouping + "\\d{3})*(\\" + decimal + "\\d{1,2})?")
				&& !text.matches("-?\\d+(\\" + decimal + "\\d{1,2})?")) {
			return Optional.empty();
		}
		String plain = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
		try {
			return Optional.of(Amount.ofKroner(new BigDecimal(plain)));
		}
		catch (IllegalArgumentException beyondTheLargest) {
			return Optional.empty();
		}
	}

	/**
	 * A number typed into a form, in the page's language: "1.076" or "25,5" on Danish
	 * pages, "1,076" or "25.5" on English ones. Empty when it is not a number.
	 */
	public Optional<BigDecimal> parseNumber(@Nullable String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.strip().replace(" ", "").replace("\u00a0", "");
		char decimal = danish() ? ',' : '.';
		char grouping = danish() ? '.' : ',';
		if (!text.matches("-?\\d{1,3}(\\" + grouping + "\\d{3})*(\\" + decimal + "\\d+)?")
				&& !text.matches("-?\\d+(\\" + decimal + "\\d+)?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(text.replace(String.valueOf(grouping), "").replace(decimal, '.')));
	}

	/**
	 * A number as a form field shows it for editing: "1076" or "25,5" (a comma on Danish
	 * pages).
	 */
	public String inputNumber(@Nullable BigDecimal number) {
		if (number == null) {
			return "";
		}
		String plain = number.stripTrailingZeros().toPlainString();
		return danish() ? plain.replace('.', ',') : plain;
	}

	public String date(LocalDate date) {
		return date == null ? ""
				: date.format(DateTimeFormatter.ofPattern(danish() ? "d. MMMM yyyy" : "d MMMM yyyy", locale()));
	}

	public String date(OffsetDateTime time) {
		return time == null ? "" : date(DanishTime.shown(time).toLocalDate());
	}

	public String dateTime(OffsetDateTime time) {
		if (time == null) {
			return "";
		}
		// A deadline is judged to the second: a time off the whole minute shows its
		// seconds.
		boolean seconds = time.getSecond() != 0;
		String pattern = danish() ? "d. MMMM yyyy 'kl.' HH.mm" + (seconds ? ".ss" : "")
				: "d MMMM yyyy, HH:mm" + (seconds ? ":ss" : "");
		return DanishTime.shown(time).format(DateTimeFormatter.ofPattern(pattern, locale()));
	}

	/**
	 * A cell of an overview's table: money as money, numbers in the page's language, text
	 * as it is.
	 */
	public String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Amount amount) {
			return money(amount);
		}
		if (value instanceof BigDecimal decimal) {
			return number(decimal.stripTrailingZeros().scale() < 0 ? decimal.setScale(0) : decimal.stripTrailingZeros(),
					2);
		}
		return value.toString();
	}

	/**
	 * A ratio or a share to one decimal, in the page's language: "2,4" times the offer,
	 * "41,7" per cent.
	 */
	public String oneDecimal(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(locale()));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/** Whether a cell holds a figure, which tables set to the right. */
	public boolean isFigure(Object value) {
		return value instanceof Amount || value instanceof BigDecimal;
	}

	/**
	 * A file's size as people read it: "850 B", "120 kB", "3,4 MB" (with a decimal point
	 * in English).
	 */
	public String fileSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " kB";
		}
		return number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP), 1)
				+ " MB";
	}

	/**
	 * How long is left until a deadline, in days, hours or minutes; empty when it has
	 * passed.
	 */
	public String timeLeft(OffsetDateTime deadline, OffsetDateTime now) {
		if (deadline == null || !deadline.isAfter(now)) {
			return "";
		}
		Duration left = Duration.between(now, deadline);
		if (left.toDays() >= 2) {
			return danish() ? left.toDays() + " dage tilbage" : left.toDays() + " days left";
		}
		if (left.toHours() >= 2) {
			return danish() ? left.toHours() + " timer tilbage" : left.toHours() + " hours left";
		}
		long minutes = Math.max(1, left.toMinutes());
		return danish() ? minutes + " minutter tilbage" : minutes + " minutes left";
	}

	private static String number(BigDecimal value, int maxDecimals) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale()));
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setMaximumFractionDigits(maxDecimals);
		boolean fractional = value.stripTrailingZeros().scale() > 0;
		format.setMinimumFractionDigits(fractional ? maxDecimals : 0);
		return format.format(value);
	}

	private static boolean danish() {
		return "da".equals(locale().getLanguage());
	}

	private static Locale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return "da".equals(locale.getLanguage()) ? Languages.DANISH : Locale.ENGLISH;
	}

}
