package dk.pulje.money;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date as an announcement words it ("forventes opslået til oktober 2018", "ultimo 2018
 * eller primo 2019", "i løbet af efteråret"), kept as written, with the earliest and
 * latest day the words can mean. No day is invented: "oktober 2018" means any day from 1
 * to 31 October.
 *
 * <p>
 * Readings: a month is its days; "primo", "medio" and "ultimo" a month are its first,
 * second and last ten-odd days; the same words for a year are its first quarter, its
 * middle half and its last quarter; the seasons are the meteorological ones (spring March
 * to May, summer June to August, autumn September to November, winter December to
 * February); several readings joined by "eller" or "og" span from the first to the last.
 */
public record ApproximateDate(String asWritten, LocalDate earliest, LocalDate latest) {

	/**
	 * The most characters a date is worded in. An announcement's words are a phrase;
	 * longer text is refused before it is read, so that reading it never costs more than
	 * a phrase does.
	 */
	public static final int LONGEST = 200;

	private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("januar", Month.JANUARY),
			Map.entry("februar", Month.FEBRUARY), Map.entry("marts", Month.MARCH), Map.entry("april", Month.APRIL),
			Map.entry("maj", Month.MAY), Map.entry("juni", Month.JUNE), Map.entry("juli", Month.JULY),
			Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
			Map.entry("oktober", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
			Map.entry("december", Month.DECEMBER));

	private static final String MONTH_NAMES = String.join("|", MONTHS.keySet());

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\.\\s*(" + MONTH_NAMES + ")\\s+(\\d{4})");

	private static final Pattern PART_OF_MONTH = Pattern
		.compile("(primo|medio|ultimo)\\s+(" + MONTH_NAMES + ")(?:\\s+(\\d{4}))?");

	private static final Pattern MONTH = Pattern.compile("(" + MONTH_NAMES + ")(?:\\s+(\\d{4}))?");

	private static final Pattern PART_OF_YEAR = Pattern.compile("(primo|medio|ultimo)\\s+(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(?:([1-4])\\.\\s*kvartal|q([1-4]))\\s+(\\d{4})");

	private static final Pattern SEASON = Pattern
		.compile("(foråret|forår|sommeren|sommer|efteråret|efterår|vinteren|vinter)(?:\\s+(\\d{4}))?");

	/**
	 * Between readings: "eller", "og", a slash or a dash (but not the dash of a negative
	 * or a range of days).
	 */
	private static final Pattern JOINS = Pattern.compile("\\s+(?:eller|og)\\s+|\\s*[/–-]\\s*(?=\\D)");

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	public ApproximateDate {
		if (asWritten == null || asWritten.isBlank()) {
			throw new IllegalArgumentException("an approximate date keeps the words it was written with");
		}
		if (earliest == null || latest == null || latest.isBefore(earliest)) {
			throw new IllegalArgumentException("an approximate date needs an earliest day no later than its latest");
		}
	}

	/** Reads the words with no year to fall back on: each reading must name its year. */
	public static ApproximateDate parseDanish(String text) {
		return parseDanish(text, null);
	}

	/**
	 * Reads the words; a reading without a year ("i løbet af efteråret") takes
	 * {@code contextYear}, the year the announcement was made.
	 * @throws IllegalArgumentException when the words cannot be read as a date
	 */
	public static ApproximateDate parseDanish(String text, @Nullable Integer contextYear) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no date given");
		}
		if (text.length() > LONGEST) {
			throw new IllegalArgumentException("a date is worded in at most " + LONGEST + " characters");
		}
		String words = text.toLowerCase(DANISH).trim();
		LocalDate earliest = null;
		LocalDate latest = null;
		for (String part : JOINS.split(words)) {
			Range range = read(part.trim(), contextYear)
				.orElseThrow(() -> new IllegalArgumentException("cannot read \"" + text + "\" as a date"));
			earliest = earliest == null || range.from.isBefore(earliest) ? range.from : earliest;
			latest = latest == null || range.to.isAfter(latest) ? range.to : latest;
		}
		// Every part was read, and there is at least one
		return new ApproximateDate(text.trim(), Objects.requireNonNull(earliest), Objects.requireNonNull(latest));
	}

	public boolean isExact() {
		return this.earliest.equals(this.latest);
	}

	private record Range(LocalDate from, LocalDate to) {
	}

	/**
	 * A part's days; none for words that are no date, or that name a day no calendar
	 * Pulje keeps has.
	 */
	private static Optional<Range> read(String part, @Nullable Integer contextYear) {
		try {
			return readPart(part, contextYear).filter(
					range -> DanishTime.isKeptYear(range.from.getYear()) && DanishTime.isKeptYear(range.to.getYear()));
		}
		catch (DateTimeException noSuchDay) {
			return Optional.empty();
		}
	}

	private static Optional<Range> readPart(String part, @Nullable Integer contextYear) {
		Matcher m = DAY.matcher(part);
		if (m.find()) {
			LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)),
					Integer.parseInt(m.group(1)));
			return Optional.of(new Range(day, day));
		}
		m = PART_OF_MONTH.matcher(part);
		if (m.find()) {
			YearMonth month = YearMonth.of(year(m.group(3), contextYear), MONTHS.get(m.group(2)));
			return Optional.of(switch (m.group(1)) {
				case "primo" -> new Range(month.atDay(1), month.atDay(10));
				case "medio" -> new Range(month.atDay(11), month.atDay(20));
				default -> new Range(month.atDay(21), month.atEndOfMonth());
			});
		}
		m = QUARTER.matcher(part);
		if (m.find()) {
			int quarter = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
			int year = Integer.parseInt(m.group(3));
			YearMonth first = YearMonth.of(year, quarter * 3 - 2);
			return Optional.of(new Range(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
		}
		m = PART_OF_YEAR.matcher(part);
		if (m.find()) {
			int year = Integer.parseInt(m.group(2));
			return Optional.of(switch (m.group(1)) {
				case "primo" -> new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
				case "medio" -> new Range(LocalDate.of(year, 4, 1), LocalDate.of(year, 9, 30));
				default -> new Range(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 31));
			});
		}
		m = SEASON.matcher(part);
		if (m.find()) {
			int year = year(m.group(2), contextYear);
			String season = m.group(1);
			if (season.startsWith("forår")) {
				return Optional.of(new Range(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31)));
			}
			if (season.startsWith("sommer")) {
				return Optional.of(new Range(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31)));
			}
			if (season.startsWith("efterår")) {
				return Optional.of(new Range(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30)));
			}
			return Optional.of(new Range(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth()));
		}
		m = MONTH.matcher(part);
		if (m.find()) {
			YearMonth month = YearMonth.of(year(m.group(2), contextYear), MONTHS.get(m.group(1)));
			return Optional.of(new Range(month.atDay(1), month.atEndOfMonth()));
		}
		m = YEAR.matcher(part);
		if (m.find()) {
			int year = Integer.parseInt(m.group(1));
			return Optional.of(new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		}
		return Optional.empty();
	}

	private static int year(String written, @Nullable Integer contextYear) {
		if (written != null) {
			return Integer.parseInt(written);
		}
		if (contextYear == null) {
			throw new IllegalArgumentException("the date names no year and there is no year to read it in");
		}
		return contextYear;
	}

}
