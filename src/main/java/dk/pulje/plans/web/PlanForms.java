package dk.pulje.plans.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.plans.ActionPlanView;
import dk.pulje.plans.FundingTable;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;

import static dk.pulje.web.FormValues.blank;

/**
 * The plan editor's forms as they post, every value as typed, so that a refused form
 * comes back exactly as it was filled in. Each is filled from the plan as it stands with
 * {@code of}; rows a browser did not send are no rows.
 */
final class PlanForms {

	private PlanForms() {
	}

	/**
	 * A plan's name, owner, adoption, years, purpose, visibility and programme. Internal
	 * is absent (null) when its box is not ticked, as a browser sends no value for it
	 * then.
	 */
	record Basics(@Nullable Long version, @Nullable String name, @Nullable String owner, @Nullable String adoptedBy,
			@Nullable String adoptedOn, @Nullable String firstYear, @Nullable String lastYear, @Nullable String purpose,
			@Nullable Boolean internal, @Nullable String programmeId) {

		static final Basics EMPTY = new Basics(null, null, null, null, null, null, null, null, false, null);

		static Basics of(ActionPlanView plan) {
			return new Basics(plan.version(), plan.name(), plan.owner(), plan.adoptedBy(), text(plan.adoptedOn()),
					text(plan.firstYear()), text(plan.lastYear()), plan.purpose(), plan.internal(),
					text(plan.programmeId()));
		}

	}

	/**
	 * A track with its focus areas and initiatives, one row per area and initiative; a
	 * row left empty is no row.
	 */
	record Track(Long version, String no, @Nullable String title, @Nullable String description, List<Row> areas,
			List<Row> initiatives) {

		Track {
			areas = FormValues.rows(areas);
			initiatives = FormValues.rows(initiatives);
		}

		/** A new track of the plan, numbered after its last. */
		static Track next(ActionPlanView plan) {
			int last = plan.tracks().stream().mapToInt(ActionPlanView.TrackView::no).max().orElse(0);
			return new Track(plan.version(), String.valueOf(last + 1), null, null, List.of(), List.of());
		}

		static Track of(ActionPlanView plan, ActionPlanView.TrackView track) {
			return new Track(plan.version(), String.valueOf(track.no()), track.title(), track.description(),
					track.focusAreas()
						.stream()
						.map(a -> new Row(text(a.no()), null, a.title(), null, null, null))
						.toList(),
					track.initiatives()
						.stream()
						.map(i -> new Row(text(i.no()), text(i.focusAreaNo()), i.title(), i.partners(), i.description(),
								text(i.programmeId())))
						.toList());
		}

		Track padded(int blank) {
			return new Track(this.version, this.no, this.title, this.description,
					FormValues.withBlankRows(this.areas, blank, Row::empty, Row::isEmpty),
					FormValues.withBlankRows(this.initiatives, blank, Row::empty, Row::isEmpty));
		}

	}

	/**
	 * A focus area (number and title) or an initiative (also its focus area, partners,
	 * description and the programme that pays for it).
	 */
	record Row(@Nullable String no, @Nullable String area, @Nullable String title, @Nullable String partners,
			@Nullable String description, @Nullable String programme) {

		static Row empty() {
			return new Row(null, null, null, null, null, null);
		}

		boolean isEmpty() {
			return blank(this.no) && blank(this.area) && blank(this.title) && blank(this.partners)
					&& blank(this.description) && blank(this.programme);
		}

	}

	/**
	 * A reporting year: each track's assessment and reasoning, each initiative's status
	 * and summary, and each indicator's value, keyed by their numbers.
	 */
	record Year(Long version, Map<String, String> progress, Map<String, String> reasoning, Map<String, String> status,
			Map<String, String> summary, Map<String, String> value, Map<String, String> approximate,
			Map<String, String> note) {

		Year {
			progress = entries(progress);
			reasoning = entries(reasoning);
			status = entries(status);
			summary = entries(summary);
			value = entries(value);
			approximate = entries(approximate);
			note = entries(note);
		}

		/** What the plan records for the year. */
		static Year of(ActionPlanView plan, int year, Formats formats) {
			Year form = new Year(plan.version(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
			for (ActionPlanView.TrackView track : plan.tracks()) {
				ActionPlanView.AssessmentView assessment = track.assessmentIn(year);
				if (assessment != null) {
					form.progress.put(key(track.no()), assessment.progress().name());
					form.reasoning.put(key(track.no()), assessment.reasoning());
				}
				for (ActionPlanView.InitiativeView initiative : track.initiatives()) {
					ActionPlanView.StatusView status = initiative.statusIn(year);
					if (status != null) {
						form.status.put(key(initiative.no()), status.status().name());
						form.summary.put(key(initiative.no()), status.summary());
					}
				}
			}
			for (ActionPlanView.IndicatorView indicator : plan.indicators()) {
				ActionPlanView.ValueView value = indicator.valueIn(year);
				if (value != null) {
					form.value.put(key(indicator.no()), formats.inputNumber(value.value()));
					form.approximate.put(key(indicator.no()), value.approximate() ? "true" : null);
					form.note.put(key(indicator.no()), value.note());
				}
			}
			return form;
		}

		/**
		 * The key a track's, an initiative's or an indicator's number is posted under.
		 */
		static String key(int no) {
			return String.valueOf(no);
		}

	}

	/** The plan's indicators, one row each; a row left empty is no indicator. */
	record Indicators(Long version, List<IndicatorRow> rows) {

		Indicators {
			rows = FormValues.rows(rows);
		}

		static Indicators of(ActionPlanView plan, Formats formats) {
			return new Indicators(plan.version(),
					plan.indicators()
						.stream()
						.map(i -> new IndicatorRow(text(i.no()), i.name(), i.unit(), formats.inputNumber(i.baseline()),
								formats.inputNumber(i.target())))
						.toList());
		}

		Indicators padded(int blank) {
			return new Indicators(this.version,
					FormValues.withBlankRows(this.rows, blank, IndicatorRow::empty, IndicatorRow::isEmpty));
		}

	}

	/** An indicator: its number, name, unit, baseline and target, as typed. */
	record IndicatorRow(@Nullable String no, @Nullable String name, @Nullable String unit, @Nullable String baseline,
			@Nullable String target) {

		static IndicatorRow empty() {
			return new IndicatorRow(null, null, null, null, null);
		}

		boolean isEmpty() {
			return blank(this.no) && blank(this.name) && blank(this.unit) && blank(this.baseline) && blank(this.target);
		}

	}

	/**
	 * The funding table: its rows, each with an amount and whether it is capital per
	 * column, and the totals as the plan prints them per column.
	 */
	record Funding(Long version, List<FundingRow> rows, Map<String, String> stated) {

		Funding {
			rows = FormValues.rows(rows);
			stated = entries(stated);
		}

		static Funding of(ActionPlanView plan, Formats formats) {
			List<FundingRow> rows = new ArrayList<>();
			for (FundingTable.Row row : plan.funding().rows()) {
				Map<String, String> amount = new LinkedHashMap<>();
				Map<String, String> capital = new LinkedHashMap<>();
				row.cells().forEach((column, cell) -> {
					amount.put(column, formats.input(cell.amount()));
					capital.put(column, cell.capital() ? "true" : null);
				});
				rows.add(new FundingRow(text(row.no()), row.group(), row.label(), text(row.initiativeNo()), amount,
						capital));
			}
			Map<String, String> stated = new LinkedHashMap<>();
			plan.funding()
				.totals()
				.stream()
				.filter(t -> t.stated() != null)
				.forEach(t -> stated.put(t.column(), t.stated().asWritten()));
			return new Funding(plan.version(), rows, stated);
		}

		/**
		 * The rows, a row typed without a number numbered after the highest, so that a
		 * new row needs none.
		 */
		Funding numbered() {
			int next = this.rows.stream()
				.map(FundingRow::no)
				.filter(no -> no != null && no.strip().matches("\\d{1,6}"))
				.mapToInt(no -> Integer.parseInt(no.strip()))
				.max()
				.orElse(0) + 1;
			List<FundingRow> numbered = new ArrayList<>();
			for (FundingRow row : this.rows) {
				numbered.add(row.isEmpty() || !blank(row.no()) ? row : row.numbered(String.valueOf(next++)));
			}
			return new Funding(this.version, numbered, this.stated);
		}

		Funding padded(int blank) {
			return new Funding(this.version,
					FormValues.withBlankRows(this.rows, blank, FundingRow::empty, FundingRow::isEmpty), this.stated);
		}

	}

	/**
	 * A row of the funding table: number, group, label, initiative, and per column an
	 * amount and a capital mark.
	 */
	record FundingRow(@Nullable String no, @Nullable String group, @Nullable String label, @Nullable String initiative,
			Map<String, String> amount, Map<String, String> capital) {

		FundingRow {
			amount = entries(amount);
			capital = entries(capital);
		}

		static FundingRow empty() {
			return new FundingRow(null, null, null, null, Map.of(), Map.of());
		}

		FundingRow numbered(String no) {
			return new FundingRow(no, this.group, this.label, this.initiative, this.amount, this.capital);
		}

		boolean isEmpty() {
			return blank(this.no) && blank(this.group) && blank(this.label) && blank(this.initiative)
					&& this.amount.values().stream().allMatch(FormValues::blank);
		}

	}

	/** A map as posted, which the form may fill: empty when nothing was sent. */
	private static Map<String, String> entries(@Nullable Map<String, String> posted) {
		return posted == null ? new LinkedHashMap<>() : new LinkedHashMap<>(posted);
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

}
