package dk.pulje.applications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.YearlyAmounts;

/**
 * A decision on a submitted application: in full (what was asked, by year), in part (the
 * amounts by year given here, never more than asked in any year), or a rejection with its
 * reason.
 */
public record DecisionRequest(@NotNull DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear,
		@Size(max = 4000) @Nullable String reason) {
}
