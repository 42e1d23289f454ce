package dk.pulje.pools.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.pools.ApplicationForm;
import dk.pulje.pools.Decider;
import dk.pulje.pools.PoolRequest;
import dk.pulje.pools.PoolView;
import dk.pulje.pools.ReportKind;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;

import static dk.pulje.web.FormValues.blank;
import static dk.pulje.web.FormValues.orNull;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * A pool as its form posts it, every field as typed: the rules, who may apply, the
 * content areas, the money by year, earmarks, the project period, the announcement and
 * the reporting rules. Rows left empty are ignored.
 */
record PoolForm(@Nullable Long version, @Nullable String name, @Nullable String purpose, @Nullable String authority,
		@Nullable Long programmeId, @Nullable String applicationForm, List<String> eligibleTypes, List<Area> areas,
		List<YearAmount> years, @Nullable String statedTotal, List<Earmark> earmarks, @Nullable String periodStart,
		@Nullable String periodEnd, @Nullable String announced, @Nullable String announcedInYear, List<Report> reports,
		@Nullable String holdBackPercent, @Nullable String holdBackLastYear, @Nullable String reminderDaysBefore,
		List<Measure> indicators, List<Criterion> criteria, @Nullable String minimumScore, @Nullable String decidedBy,
		@Nullable String recommenderMayDecide) {

	/**
	 * Rows a browser did not send (a gap in the numbering) are no rows, and a list it did
	 * not send at all is empty.
	 */
	PoolForm {
		eligibleTypes = FormValues.rows(eligibleTypes);
		areas = FormValues.rows(areas);
		years = FormValues.rows(years);
		earmarks = FormValues.rows(earmarks);
		reports = FormValues.rows(reports);
		indicators = FormValues.rows(indicators);
		criteria = FormValues.rows(criteria);
	}

	/** A new pool's form: alone or jointly, as most pools allow. */
	static PoolForm forNewPool() {
		return new PoolForm(null, null, null, null, null, ApplicationForm.ALONE_OR_JOINT.name(), List.of(), List.of(),
				List.of(), null, List.of(), null, null, null, null, List.of(), null, null, null, List.of(), List.of(),
				null, Decider.CASEWORKER.name(), null);
	}

	/** The pool's form as the pool stands. */
	static PoolForm of(PoolView pool, Formats formats) {
		return new PoolForm(pool.version(), pool.name(), pool.purpose(), pool.authority(), pool.programmeId(),
				pool.applicationForm().name(), pool.eligibleTypes().stream().map(Enum::name).sorted().toList(),
				pool.contentAreas()
					.stream()
					.map(a -> new Area(a.code(), a.name(), a.description(), a.examples()))
					.toList(),
				pool.yearlyAmounts()
					.byYear()
					.entrySet()
					.stream()
					.map(e -> new YearAmount(String.valueOf(e.getKey()), formats.input(e.getValue())))
					.toList(),
				pool.statedTotal() == null ? null : pool.statedTotal().asWritten(),
				pool.earmarks().stream().map(e -> new Earmark(e.description(), formats.input(e.amount()))).toList(),
				pool.projectPeriod() == null ? null : pool.projectPeriod().start().toString(),
				pool.projectPeriod() == null ? null : pool.projectPeriod().end().toString(),
				pool.announced() == null ? null : pool.announced().asWritten(), null,
				pool.reportingRequirements()
					.stream()
					.map(r -> new Report(r.reportKind().name(), String.valueOf(r.monthsAfterEnd()), r.auditedAccounts(),
							r.contents()))
					.toList(),
				pool.holdBack().percent() == null ? null : String.valueOf(pool.holdBack().percent()),
				pool.holdBack().lastYear() ? "true" : null,
				pool.reminderDaysBefore().isEmpty() ? null
						: pool.reminderDaysBefore().stream().map(String::valueOf).collect(Collectors.joining(", ")),
				pool.indicators().stream().map(i -> new Measure(i.name(), i.unit())).toList(),
				pool.criteria()
					.stream()
					.map(c -> new Criterion(c.name(), c.description(), String.valueOf(c.weight()),
							String.valueOf(c.scaleMin()), String.valueOf(c.scaleMax())))
					.toList(),
				formats.inputNumber(pool.minimumScore()), pool.decidedBy().name(),
				pool.recommenderMayDecide() ? "true" : null);
	}

	/**
	 * The same form with room to add two content areas, three years, an earmark and a
	 * report.
	 */
	PoolForm padded() {
		return new PoolForm(this.version, this.name, this.purpose, this.authority, this.programmeId,
				this.applicationForm, this.eligibleTypes,
				FormValues.withBlankRows(this.areas, 2, Area::empty, Area::isBlank),
				FormValues.withBlankRows(this.years, 3, YearAmount::empty, YearAmount::isBlank), this.statedTotal,
				FormValues.withBlankRows(this.earmarks, 1, Earmark::empty, Earmark::isBlank), this.periodStart,
				this.periodEnd, this.announced, this.announcedInYear,
				FormValues.withBlankRows(this.reports, 1, Report::empty, Report::isBlank), this.holdBackPercent,
				this.holdBackLastYear, this.reminderDaysBefore,
				FormValues.withBlankRows(this.indicators, 2, Measure::empty, Measure::isBlank),
				FormValues.withBlankRows(this.criteria, 2, Criterion::empty, Criterion::isBlank), this.minimumScore,
				this.decidedBy, this.recommenderMayDecide);
	}

	/**
	 * What the form asks for, with the fields that cannot be read named in
	 * {@code errors}.
	 */
	PoolRequest toRequest(FormValues values, Map<String, String> errors) {
		Set<OrganisationType> types = new HashSet<>();
		this.eligibleTypes.stream()
			.map(t -> values.choice(OrganisationType.class, t, "eligibleTypes", errors))
			.filter(Objects::nonNull)
			.forEach(types::add);
		List<PoolRequest.ContentAreaRequest> contentAreas = this.areas.stream()
			.filter(a -> !a.isBlank())
			.map(a -> new PoolRequest.ContentAreaRequest(orNull(a.code()), validatedLater(a.name()),
					orNull(a.description()), orNull(a.examples())))
			.toList();
		return new PoolRequest(validatedLater(this.name), orNull(this.purpose), orNull(this.authority),
				this.programmeId,
				validatedLater(values.choice(ApplicationForm.class, this.applicationForm, "applicationForm", errors)),
				types, contentAreas, yearlyAmounts(values, errors), null, orNull(this.statedTotal),
				earmarkRequests(values, errors), period(values, errors), orNull(this.announced),
				values.whole(this.announcedInYear, "announcedInYear", errors), reportRequests(values, errors),
				values.whole(this.holdBackPercent, "holdBackPercent", errors), "true".equals(this.holdBackLastYear),
				reminderDays(values, errors),
				this.indicators.stream()
					.filter(m -> !m.isBlank())
					.map(m -> new PoolRequest.IndicatorRequest(validatedLater(orNull(m.name())),
							validatedLater(orNull(m.unit()))))
					.toList(),
				criterionRequests(values, errors), values.decimal(this.minimumScore, "minimumScore", errors),
				this.decidedBy == null || this.decidedBy.isBlank() ? null
						: values.choice(Decider.class, this.decidedBy, "decidedBy", errors),
				"true".equals(this.recommenderMayDecide));
	}

	/**
	 * The page's input for a field of the request ("contentAreas[1].name" is typed in
	 * "areas-1-name").
	 */
	static String inputOf(String field) {
		String input = FormCheck.inputId(field)
			.replace("contentAreas-", "areas-")
			.replace("reportingRequirements-", "reports-");
		return switch (input) {
			case "statedTotalAsWritten" -> "statedTotal";
			case "projectPeriod" -> "periodStart";
			case "yearlyAmounts" -> "years-0-amount";
			default -> input;
		};
	}

	private @Nullable YearlyAmounts yearlyAmounts(FormValues values, Map<String, String> errors) {
		Map<Integer, Amount> byYear = new TreeMap<>();
		for (int i = 0; i < this.years.size(); i++) {
			YearAmount row = this.years.get(i);
			if (row.isBlank()) {
				continue;
			}
			String yearInput = "years-" + i + "-year";
			Integer year = values.whole(row.year(), yearInput, errors);
			if (year == null) {
				errors.putIfAbsent(yearInput, values.message("validation.value.year"));
			}
			Amount amount = values.amount(row.amount(), true, "years-" + i + "-amount", errors);
			if (year != null && amount != null) {
				byYear.put(year, amount);
			}
		}
		return byYear.isEmpty() ? null : YearlyAmounts.of(byYear);
	}

	private List<PoolRequest.EarmarkRequest> earmarkRequests(FormValues values, Map<String, String> errors) {
		List<PoolRequest.EarmarkRequest> requests = new ArrayList<>();
		for (int i = 0; i < this.earmarks.size(); i++) {
			Earmark row = this.earmarks.get(i);
			if (!row.isBlank()) {
				requests.add(new PoolRequest.EarmarkRequest(validatedLater(row.description()),
						validatedLater(values.amount(row.amount(), false, "earmarks-" + i + "-amount", errors))));
			}
		}
		return requests;
	}

	private List<PoolRequest.ReportingRequirementRequest> reportRequests(FormValues values,
			Map<String, String> errors) {
		List<PoolRequest.ReportingRequirementRequest> requests = new ArrayList<>();
		for (int i = 0; i < this.reports.size(); i++) {
			Report row = this.reports.get(i);
			if (!row.isBlank()) {
				requests.add(new PoolRequest.ReportingRequirementRequest(
						validatedLater(values.choice(ReportKind.class, row.kind(), "reports-" + i + "-kind", errors)),
						validatedLater(values.whole(row.monthsAfterEnd(), "reports-" + i + "-monthsAfterEnd", errors)),
						Boolean.TRUE.equals(row.auditedAccounts()), orNull(row.contents())));
			}
		}
		return requests;
	}

	/** The days before a report is due, as typed ("30, 7"); none typed is the default. */
	private @Nullable List<Integer> reminderDays(FormValues values, Map<String, String> errors) {
		if (blank(this.reminderDaysBefore)) {
			return null;
		}
		List<Integer> days = new ArrayList<>();
		boolean unreadable = false;
		for (String part : this.reminderDaysBefore.split("[,;\\s]+")) {
			if (!part.isBlank()) {
				Integer day = values.whole(part, "reminderDaysBefore", errors);
				unreadable |= day == null;
				if (day != null) {
					days.add(day);
				}
			}
		}
		return unreadable ? null : days;
	}

	private @Nullable ProjectPeriod period(FormValues values, Map<String, String> errors) {
		if (blank(this.periodStart) && blank(this.periodEnd)) {
			return null;
		}
		if (blank(this.periodStart) || blank(this.periodEnd)) {
			errors.put("periodStart", values.message("validation.value.ProjectPeriod"));
			return null;
		}
		try {
			return new ProjectPeriod(LocalDate.parse(this.periodStart.strip()),
					LocalDate.parse(this.periodEnd.strip()));
		}
		catch (RuntimeException unreadable) {
			errors.put("periodStart", values.message("validation.value.ProjectPeriod"));
			return null;
		}
	}

	/**
	 * A content area: its name, what it covers, examples; the code stays when the name is
	 * edited.
	 */
	record Area(@Nullable String code, @Nullable String name, @Nullable String description, @Nullable String examples) {

		static Area empty() {
			return new Area(null, null, null, null);
		}

		boolean isBlank() {
			return blank(this.name) && blank(this.description) && blank(this.examples);
		}

	}

	/** The amount of one year. */
	record YearAmount(@Nullable String year, @Nullable String amount) {

		static YearAmount empty() {
			return new YearAmount(null, null);
		}

		boolean isBlank() {
			return blank(this.year) && blank(this.amount);
		}

	}

	private List<PoolRequest.CriterionRequest> criterionRequests(FormValues values, Map<String, String> errors) {
		List<PoolRequest.CriterionRequest> requests = new ArrayList<>();
		for (int i = 0; i < this.criteria.size(); i++) {
			Criterion c = this.criteria.get(i);
			if (!c.isBlank()) {
				String row = "criteria-" + i + "-";
				requests.add(new PoolRequest.CriterionRequest(validatedLater(orNull(c.name())), orNull(c.description()),
						validatedLater(values.whole(c.weight(), row + "weight", errors)),
						validatedLater(values.whole(c.scaleMin(), row + "scaleMin", errors)),
						validatedLater(values.whole(c.scaleMax(), row + "scaleMax", errors))));
			}
		}
		return requests;
	}

	/**
	 * A criterion applications are assessed against: its weight, and the scale scored on.
	 */
	record Criterion(@Nullable String name, @Nullable String description, @Nullable String weight,
			@Nullable String scaleMin, @Nullable String scaleMax) {

		/** A new criterion is scored from 1 to 5 unless the caseworker says otherwise. */
		static Criterion empty() {
			return new Criterion(null, null, null, "1", "5");
		}

		boolean isBlank() {
			return blank(this.name) && blank(this.description) && blank(this.weight);
		}

	}

	/** An indicator the pool's projects report on, and its unit. */
	record Measure(@Nullable String name, @Nullable String unit) {

		static Measure empty() {
			return new Measure(null, null);
		}

		boolean isBlank() {
			return blank(this.name) && blank(this.unit);
		}

	}

	/** A part of the pool set aside for a purpose. */
	record Earmark(@Nullable String description, @Nullable String amount) {

		static Earmark empty() {
			return new Earmark(null, null);
		}

		boolean isBlank() {
			return blank(this.description) && blank(this.amount);
		}

	}

	/**
	 * A report every granted project owes. Audited accounts are absent (null) when the
	 * box is not ticked, as a browser sends no value for it then.
	 */
	record Report(@Nullable String kind, @Nullable String monthsAfterEnd, @Nullable Boolean auditedAccounts,
			@Nullable String contents) {

		static Report empty() {
			return new Report(null, null, false, null);
		}

		boolean isBlank() {
			return blank(this.kind) && blank(this.monthsAfterEnd) && blank(this.contents);
		}

	}

}
