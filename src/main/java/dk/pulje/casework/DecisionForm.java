package dk.pulje.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.applications.DecisionRequest;
import dk.pulje.applications.RecommendationListView;
import dk.pulje.applications.RecommendationRequest;
import dk.pulje.money.Amount;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;

import static dk.pulje.web.FormValues.orNull;

/**
 * An outcome as a form posts it, for a decision, a recommendation or a decision-maker's
 * change: the outcome, for a grant in part the amount per year as typed, the years whose
 * grant waits for their Finance Act, a reason, and the day a decision made earlier was
 * made (empty: now).
 */
public record DecisionForm(@Nullable Long version, @Nullable String outcome, Map<String, String> granted,
		List<String> conditional, @Nullable String reason, @Nullable String decidedOn) {

	public DecisionForm {
		granted = granted == null ? Map.of() : granted;
		conditional = conditional == null ? List.of() : conditional;
	}

	/**
	 * A grant in full, with what was asked for each year filled in for a grant in part.
	 */
	public static DecisionForm of(ApplicationView application, Formats formats) {
		return new DecisionForm(application.version(), DecisionOutcome.GRANTED_IN_FULL.name(),
				typed(application.requested(), formats), List.of(), null, null);
	}

	/**
	 * What was proposed, to change or to propose again; a grant in full when nothing was.
	 */
	public static DecisionForm of(long version, YearlyAmounts requested,
			RecommendationListView.@Nullable Proposal proposed, Formats formats) {
		if (proposed == null) {
			return new DecisionForm(version, DecisionOutcome.GRANTED_IN_FULL.name(), typed(requested, formats),
					List.of(), null, null);
		}
		return new DecisionForm(version, proposed.outcome().name(),
				typed(proposed.outcome() == DecisionOutcome.GRANTED_IN_PART ? proposed.grantedByYear() : requested,
						formats),
				proposed.conditionalYears().stream().map(String::valueOf).toList(), proposed.reason(), null);
	}

	private static Map<String, String> typed(YearlyAmounts amounts, Formats formats) {
		Map<String, String> typed = new LinkedHashMap<>();
		amounts.byYear().forEach((year, amount) -> typed.put(String.valueOf(year), formats.input(amount)));
		return typed;
	}

	/**
	 * The decision the form asks for, or null with each field that cannot be read named
	 * in {@code errors}.
	 */
	public @Nullable DecisionRequest toDecision(FormValues values, Map<String, String> errors) {
		DecisionOutcome chosen = values.choice(DecisionOutcome.class, this.outcome, "outcome", errors);
		if (chosen == null && !errors.containsKey("outcome")) {
			errors.put("outcome", values.message("validation.NotNull"));
		}
		YearlyAmounts byYear = chosen == DecisionOutcome.GRANTED_IN_PART ? amounts(values, errors) : null;
		LocalDate on = values.date(this.decidedOn, false, "decidedOn", errors);
		Set<Integer> years = new TreeSet<>();
		for (String year : this.conditional) {
			Integer read = values.year(year, "conditional", errors);
			if (read != null) {
				years.add(read);
			}
		}
		if (!errors.isEmpty() || chosen == null) {
			return null;
		}
		return new DecisionRequest(chosen, byYear, orNull(this.reason), on, years);
	}

	/** The recommendation (or change) the form asks for, or null as for a decision. */
	public @Nullable RecommendationRequest toRecommendation(FormValues values, Map<String, String> errors) {
		DecisionRequest decision = toDecision(values, errors);
		return decision == null ? null : new RecommendationRequest(decision.outcome(), decision.grantedByYear(),
				decision.conditionalYears(), decision.reason());
	}

	private YearlyAmounts amounts(FormValues values, Map<String, String> errors) {
		Map<Integer, Amount> byYear = new TreeMap<>();
		this.granted.forEach((year, typed) -> {
			if (!year.matches("\\d{4}")) {
				return;
			}
			Amount amount = values.amount(typed, false, "granted-" + year, errors);
			if (amount != null) {
				byYear.put(Integer.valueOf(year), amount);
			}
		});
		return YearlyAmounts.of(byYear);
	}

	/**
	 * The input a refused field was typed in: "grantedByYear.2019" in "granted-2019", a
	 * grant in all in "granted", a conditional year in "conditional".
	 */
	public static String inputOf(String field) {
		if (field.startsWith("conditionalYears")) {
			return "conditional";
		}
		return field.startsWith("grantedByYear")
				? field.replace("grantedByYear.", "granted-").replace("grantedByYear", "granted") : field;
	}

}
