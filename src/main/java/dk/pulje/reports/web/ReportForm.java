package dk.pulje.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.reports.GoalOutcome;
import dk.pulje.reports.ReportContent;
import dk.pulje.reports.ReportGoal;
import dk.pulje.reports.ReportIndicator;
import dk.pulje.reports.ReportRequest;
import dk.pulje.reports.ReportSpending;
import dk.pulje.reports.ReportView;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;

import static dk.pulje.web.FormValues.orNull;

/**
 * A report as its form posts it, every field as typed: each goal's outcome and account,
 * the results, each indicator's value and a comment on it, whether the work goes on
 * ("true" or "false") and how, and what was spent on each budget line in kroner. A step
 * of the form posts only its own fields.
 */
record ReportForm(@Nullable Long version, List<Goal> goals, @Nullable String results, @Nullable String continues,
		@Nullable String continuation, List<Spent> spending, @Nullable String publicSummary,
		List<Measured> indicators) {

	/** Rows a browser did not send are no rows, and a list it did not send is empty. */
	ReportForm {
		goals = FormValues.rows(goals);
		spending = FormValues.rows(spending);
		indicators = FormValues.rows(indicators);
	}

	record Measured(@Nullable String measured, @Nullable String comment) {
	}

	/**
	 * The report as the stored one says it, but for the fields the step posted, which are
	 * as typed.
	 */
	ReportForm within(ReportStep step, ReportForm stored) {
		return switch (step) {
			case GOALS -> new ReportForm(this.version, this.goals, stored.results, stored.continues,
					stored.continuation, stored.spending, stored.publicSummary, stored.indicators);
			case RESULTS -> new ReportForm(this.version, stored.goals, this.results, this.continues, this.continuation,
					stored.spending, this.publicSummary, this.indicators);
			case ACCOUNTS -> new ReportForm(this.version, stored.goals, stored.results, stored.continues,
					stored.continuation, this.spending, stored.publicSummary, stored.indicators);
			case ATTACHMENTS, HAND_IN -> new ReportForm(this.version, stored.goals, stored.results, stored.continues,
					stored.continuation, stored.spending, stored.publicSummary, stored.indicators);
		};
	}

	record Goal(@Nullable String outcome, @Nullable String account) {
	}

	record Spent(@Nullable String spent) {
	}

	/** The report as it is stored. */
	static ReportForm of(ReportView report, Formats formats) {
		ReportContent content = report.content();
		return new ReportForm(report.version(),
				content.goals()
					.stream()
					.map((ReportGoal g) -> new Goal(g.outcome() == null ? null : g.outcome().name(), g.account()))
					.toList(),
				content.results(), content.continues() == null ? null : content.continues().toString(),
				content.continuation(),
				content.spending().stream().map((ReportSpending s) -> new Spent(formats.input(s.spent()))).toList(),
				content.publicSummary(),
				content.indicators()
					.stream()
					.map((ReportIndicator i) -> new Measured(formats.inputNumber(i.measured()), i.comment()))
					.toList());
	}

	/**
	 * What the form asks for, with the values that cannot be read named in
	 * {@code errors}. An amount left empty is nothing spent.
	 */
	ReportRequest toRequest(FormValues values, Map<String, String> errors) {
		List<ReportRequest.GoalRequest> goalRequests = new ArrayList<>();
		for (int i = 0; i < this.goals.size(); i++) {
			Goal goal = this.goals.get(i);
			goalRequests.add(new ReportRequest.GoalRequest(i + 1,
					values.choice(GoalOutcome.class, goal.outcome(), "goals-" + i + "-outcome", errors),
					orNull(goal.account())));
		}
		List<ReportRequest.SpendingRequest> spendingRequests = new ArrayList<>();
		for (int i = 0; i < this.spending.size(); i++) {
			Amount spent = values.amount(this.spending.get(i).spent(), false, "spending-" + i + "-spent", errors);
			spendingRequests.add(new ReportRequest.SpendingRequest(i + 1, spent == null ? Amount.ZERO : spent));
		}
		List<ReportRequest.IndicatorRequest> indicatorRequests = new ArrayList<>();
		for (int i = 0; i < this.indicators.size(); i++) {
			Measured measured = this.indicators.get(i);
			indicatorRequests.add(new ReportRequest.IndicatorRequest(i + 1,
					values.decimal(measured.measured(), "indicators-" + i + "-measured", errors),
					orNull(measured.comment())));
		}
		return new ReportRequest(goalRequests, orNull(this.results), continues(values, errors),
				orNull(this.continuation), spendingRequests, orNull(this.publicSummary), indicatorRequests);
	}

	/** Yes or no, as the two choices post it; nothing when neither is chosen. */
	private @Nullable Boolean continues(FormValues values, Map<String, String> errors) {
		String typed = orNull(this.continues);
		if (typed == null) {
			return null;
		}
		if (!typed.equals("true") && !typed.equals("false")) {
			errors.put("continues", values.message("validation.type.boolean"));
			return null;
		}
		return Boolean.valueOf(typed);
	}

}
