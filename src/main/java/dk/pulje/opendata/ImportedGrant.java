package dk.pulje.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;

/**
 * A grant of a 360Giving file that Pulje can keep: every field it needs present and
 * readable, in Danish kroner. {@link #check} names every problem of a row at once, each
 * with its field, the rule it breaks and the value the file had.
 */
record ImportedGrant(String sourceId, String title, String description, Amount amount, LocalDate awardDate,
		LocalDate start, LocalDate end, @Nullable String recipientCvr, String recipientId, String recipientName,
		@Nullable String officialCode, @Nullable String funderId, String funderName, @Nullable String programmeCode,
		String programmeTitle, @Nullable String dataSource, @Nullable OffsetDateTime modified, boolean demo) {

	/** A field of a row that cannot be kept, the rule it breaks, and its value. */
	record Problem(String field, String rule, @Nullable String value) {
	}

	/** A row checked: the grant to keep, or the problems that refuse it. */
	record Checked(@Nullable ImportedGrant grant, List<Problem> problems) {
	}

	private static final Pattern CVR = Pattern.compile("DK-CVR-(\\d{8})");

	private static final Amount MOST = Amount.ofKroner(100_000_000_000L);

	private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.000001");

	static Checked check(GivingRow row) {
		List<Problem> problems = new ArrayList<>();
		row.shapeProblems().forEach(p -> problems.add(new Problem(p.field(), p.rule(), null)));
		String id = required(row.id(), "id", problems);
		String title = required(row.title(), "title", problems);
		String description = required(row.description(), "description", problems);
		String currency = required(row.currency(), "currency", problems);
		if (currency != null && !currency.matches("[A-Z]{3}")) {
			problems.add(new Problem("currency", "not-a-currency", currency));
		}
		else if (currency != null && !"DKK".equals(currency)) {
			problems.add(new Problem("currency", "currency-not-dkk", currency));
		}
		Amount amount = amount(row.amountAwarded(), problems);
		LocalDate awarded = date(required(row.awardDate(), "awardDate", problems), "awardDate", problems);
		LocalDate start = row.startDate() == null ? awarded
				: date(row.startDate(), "plannedDates[0].startDate", problems);
		LocalDate end = end(row, start, problems);
		String recipientId = required(row.recipientId(), "recipientOrganization[0].id", problems);
		String recipientName = required(row.recipientName(), "recipientOrganization[0].name", problems);
		String funder = required(row.funderName(), "fundingOrganization[0].name", problems);
		if (row.url() != null && !webAddress(row.url())) {
			problems.add(new Problem("url", "not-a-web-address", row.url()));
		}
		OffsetDateTime modified = null;
		if (row.dateModified() != null) {
			try {
				modified = OffsetDateTime.parse(row.dateModified());
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem("dateModified", "not-a-date-time", row.dateModified()));
			}
		}
		if (!problems.isEmpty() || id == null || title == null || description == null || amount == null
				|| awarded == null || start == null || end == null || recipientId == null || recipientName == null
				|| funder == null) {
			return new Checked(null, problems);
		}
		Matcher cvr = CVR.matcher(recipientId);
		String code = row.geoCode() != null && row.geoCode().matches("\\d{3,4}")
				&& ("Kommunekode".equals(row.geoCodeType()) || "Regionskode".equals(row.geoCodeType())) ? row.geoCode()
						: null;
		String programme = row.programmeTitle() == null || row.programmeTitle().isBlank()
				? "Tilskud fra " + cut(funder, 200) : cut(row.programmeTitle(), 300);
		return new Checked(new ImportedGrant(id.strip(), cut(title, 300), cut(description, 4000), amount, awarded,
				start, end, cvr.matches() ? cvr.group(1) : null, cut(recipientId, 300), cut(recipientName, 200), code,
				optional(row.funderId(), 300), cut(funder, 200), optional(row.programmeCode(), 300), programme,
				optional(row.dataSource(), 1000), modified, row.demo()), List.of());
	}

	private static @Nullable String optional(@Nullable String text, int most) {
		return text == null || text.isBlank() ? null : cut(text, most);
	}

	private static @Nullable String required(@Nullable String value, String field, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			if (problems.stream().noneMatch(p -> p.field().equals(field))) {
				problems.add(new Problem(field, "missing", null));
			}
			return null;
		}
		return value;
	}

	private static @Nullable Amount amount(@Nullable String typed, List<Problem> problems) {
		if (typed == null) {
			if (problems.stream().noneMatch(p -> p.field().equals("amountAwarded"))) {
				problems.add(new Problem("amountAwarded", "missing", null));
			}
			return null;
		}
		try {
			BigDecimal kroner = new BigDecimal(typed.strip());
			if (kroner.signum() <= 0) {
				problems.add(new Problem("amountAwarded", "not-positive", typed));
				return null;
			}
			if (kroner.stripTrailingZeros().scale() > 2) {
				// Files written from floating point carry noise (41133.770000000004): an
				// amount within a millionth of whole øre is that amount; any other is
				// refused.
				BigDecimal ore = kroner.setScale(2, RoundingMode.HALF_UP);
				if (kroner.subtract(ore).abs().compareTo(FLOAT_NOISE) >= 0) {
					problems.add(new Problem("amountAwarded", "more-than-two-decimals", typed));
					return null;
				}
				kroner = ore;
			}
			Amount amount = Amount.ofKroner(kroner);
			if (amount.isGreaterThan(MOST)) {
				problems.add(new Problem("amountAwarded", "too-large", typed));
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem("amountAwarded", "not-a-number", typed));
			return null;
		}
	}

	/** A date as the standard writes it: a day, or a full date-time (its Danish day). */
	private static @Nullable LocalDate date(@Nullable String typed, String field, List<Problem> problems) {
		if (typed == null) {
			return null;
		}
		try {
			return typed.length() == 10 ? LocalDate.parse(typed)
					: DanishTime.of(OffsetDateTime.parse(typed).toInstant()).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "not-a-date", typed));
			return null;
		}
	}

	/**
	 * The end as given; else the start and the duration in months; else the end of the
	 * start's year.
	 */
	private static @Nullable LocalDate end(GivingRow row, @Nullable LocalDate start, List<Problem> problems) {
		if (start == null) {
			return null;
		}
		LocalDate end;
		if (row.endDate() != null) {
			end = date(row.endDate(), "plannedDates[0].endDate", problems);
		}
		else if (row.duration() != null && row.duration().matches("\\d{1,4}(\\.0+)?")) {
			long months = Long.parseLong(row.duration().replaceAll("\\..*", ""));
			end = start.plusMonths(Math.max(months, 1)).minusDays(1);
		}
		else {
			end = LocalDate.of(start.getYear(), 12, 31);
		}
		if (end != null && end.isBefore(start)) {
			problems.add(new Problem("plannedDates[0].endDate", "end-before-start", end.toString()));
			return null;
		}
		return end;
	}

	private static boolean webAddress(String typed) {
		try {
			URI uri = new URI(typed.strip());
			return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String cut(String text, int most) {
		String stripped = text.strip();
		return stripped.length() <= most ? stripped : stripped.substring(0, most);
	}

}
