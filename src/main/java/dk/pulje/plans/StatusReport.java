package dk.pulje.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.DanishTime;
import dk.pulje.plans.ActionPlanView.AssessmentView;
import dk.pulje.plans.ActionPlanView.IndicatorView;
import dk.pulje.plans.ActionPlanView.InitiativeView;
import dk.pulje.plans.ActionPlanView.StatusView;
import dk.pulje.plans.ActionPlanView.TrackView;
import dk.pulje.plans.ActionPlanView.ValueView;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Table;

/**
 * The status report of a plan for a reporting year, in the shape the plans print it: each
 * track with its assessment, each initiative with its status, the indicators for the year
 * and the year before, and the funding table. The page, the CSV, the spreadsheet and the
 * PDF are all made from it.
 */
public record StatusReport(ActionPlanView plan, int year, List<Table> tables) {

	/**
	 * The report for the year asked for, or the plan's latest reporting year; for a plan
	 * not yet reported on, the year it is now.
	 */
	public static StatusReport of(ActionPlanView plan, @Nullable Integer year, Instant now, FieldMessages words) {
		List<Integer> years = plan.reportYears();
		int reportYear = year != null ? year
				: years.isEmpty() ? DanishTime.of(now).getYear() : years.get(years.size() - 1);
		return of(plan, reportYear, words);
	}

	/** The title of the report, as its page and files give it. */
	public String title(FieldMessages words) {
		return words.text("report.title", this.plan.name(), String.valueOf(this.year));
	}

	public static StatusReport of(ActionPlanView plan, int year, FieldMessages words) {
		List<Table> tables = List.of(tracks(plan, year, words), initiatives(plan, year, words),
				indicators(plan, year, words), funding(plan, words));
		return new StatusReport(plan, year, tables);
	}

	private static Table tracks(ActionPlanView plan, int year, FieldMessages words) {
		List<List<Object>> rows = new ArrayList<>();
		for (TrackView track : plan.tracks()) {
			AssessmentView assessment = track.assessmentIn(year);
			rows.add(row(track.no(), track.title(),
					assessment == null ? words.text("report.not-assessed")
							: words.text("progress." + assessment.progress()),
					assessment == null ? null : assessment.reasoning()));
		}
		return new Table(words.text("report.tracks", String.valueOf(year)),
				List.of(words.text("report.track"), words.text("report.title.col"),
						words.text("report.assessment", String.valueOf(year)), words.text("report.reasoning")),
				rows);
	}

	private static Table initiatives(ActionPlanView plan, int year, FieldMessages words) {
		List<List<Object>> rows = new ArrayList<>();
		for (TrackView track : plan.tracks()) {
			for (InitiativeView initiative : track.initiatives()) {
				StatusView status = initiative.statusIn(year);
				String area = track.focusAreas()
					.stream()
					.filter(a -> initiative.focusAreaNo() != null && a.no() == initiative.focusAreaNo())
					.map(ActionPlanView.FocusAreaView::title)
					.findFirst()
					.orElse(null);
				rows.add(row(track.no(), initiative.no(), initiative.title(), area,
						status == null ? words.text("report.no-status") : words.text("state." + status.status()),
						status == null ? null : status.summary(), initiative.partners()));
			}
		}
		return new Table(words.text("report.initiatives", String.valueOf(year)),
				List.of(words.text("report.track"), words.text("report.no"), words.text("report.initiative"),
						words.text("report.focus-area"), words.text("report.status", String.valueOf(year)),
						words.text("report.status-text"), words.text("report.partners")),
				rows);
	}

	private static Table indicators(ActionPlanView plan, int year, FieldMessages words) {
		List<List<Object>> rows = new ArrayList<>();
		for (IndicatorView indicator : plan.indicators()) {
			ValueView now = indicator.valueIn(year);
			ValueView before = indicator.valueIn(year - 1);
			ValueView changed = now != null && now.previousPeriod() != null && now.previousPeriod() == year - 1 ? now
					: null;
			rows.add(row(indicator.name(), indicator.unit(), before == null ? null : before.value(),
					now == null ? null : now.value(), changed == null ? null : changed.change(),
					changed == null ? null : changed.changePercent(),
					changed != null && changed.changeApproximate() ? words.text("report.approximate") : null,
					notes(before, now)));
		}
		return new Table(words.text("report.indicators"),
				List.of(words.text("report.indicator"), words.text("report.unit"), String.valueOf(year - 1),
						String.valueOf(year), words.text("report.change"), words.text("report.change-percent"),
						words.text("report.approximate-heading"), words.text("report.note")),
				rows);
	}

	private static @Nullable String notes(@Nullable ValueView before, @Nullable ValueView now) {
		List<String> notes = new ArrayList<>();
		if (before != null && before.note() != null) {
			notes.add(before.period() + ": " + before.note());
		}
		if (now != null && now.note() != null) {
			notes.add(now.period() + ": " + now.note());
		}
		return notes.isEmpty() ? null : String.join(" ", notes);
	}

	private static Table funding(ActionPlanView plan, FieldMessages words) {
		FundingTable table = plan.funding();
		List<String> header = new ArrayList<>(List.of(words.text("report.group"), words.text("report.row")));
		table.columns().forEach(c -> header.add(column(c, words)));
		header.add(words.text("report.capital-in"));
		List<List<Object>> rows = new ArrayList<>();
		for (FundingTable.Row row : table.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.group() == null ? "" : row.group(), row.label()));
			List<String> capital = new ArrayList<>();
			for (String column : table.columns()) {
				FundingTable.Cell cell = row.cells().get(column);
				cells.add(cell == null ? null : cell.amount());
				if (cell != null && cell.capital()) {
					capital.add(column(column, words));
				}
			}
			cells.add(String.join(", ", capital));
			rows.add(cells);
		}
		List<Object> computed = new ArrayList<>(List.of("", words.text("report.total-computed")));
		List<Object> stated = new ArrayList<>(List.of("", words.text("report.total-stated")));
		List<Object> agrees = new ArrayList<>(List.of("", words.text("report.total-agrees")));
		for (FundingTable.ColumnTotal total : table.totals()) {
			computed.add(total.computed());
			stated.add(total.stated() == null ? null : total.stated().asWritten());
			agrees.add(total.stated() == null ? null : words.text(total.agrees() ? "report.yes" : "report.no-agree"));
		}
		computed.add(null);
		stated.add(null);
		agrees.add(null);
		rows.add(computed);
		rows.add(stated);
		rows.add(agrees);
		return new Table(words.text("report.funding"), header, rows);
	}

	static @Nullable String column(String column, FieldMessages words) {
		return FundingTable.PERMANENT.equals(column) ? words.text("report.permanent") : column;
	}

	private static List<Object> row(@Nullable Object... cells) {
		return Arrays.asList(cells);
	}

}
