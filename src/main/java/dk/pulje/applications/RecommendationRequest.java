package dk.pulje.applications;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.YearlyAmounts;

/**
 * What is recommended for an application, or what a decision-maker changes it to: in
 * full, in part (the amounts by year), or a rejection; the years whose grant waits for
 * their Finance Act; and the reason (required for a rejection and for a change).
 */
public record RecommendationRequest(@NotNull DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear,
		@Size(max = 20) @Nullable Set<@NotNull Integer> conditionalYears, @Size(max = 4000) @Nullable String reason) {

	DecisionRequest asDecision() {
		return new DecisionRequest(this.outcome, this.grantedByYear, this.reason, null, this.conditionalYears);
	}

}
