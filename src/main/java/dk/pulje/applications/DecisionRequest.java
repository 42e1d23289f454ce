package dk.pulje.applications;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.YearlyAmounts;

/**
 * A decision on a submitted application: in full (what was asked, by year), in part (the
 * amounts by year given here, never more than asked in any year), or a rejection with its
 * reason. A decision made earlier (by a board, on paper) is registered with the day it
 * was made ({@code decidedOn}), never a day to come; without it, the decision is made
 * now.
 */
public record DecisionRequest(@NotNull DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear,
		@Size(max = 4000) @Nullable String reason, @Nullable LocalDate decidedOn) {

	/** A decision made now. */
	public DecisionRequest(DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear, @Nullable String reason) {
		this(outcome, grantedByYear, reason, null);
	}

}
