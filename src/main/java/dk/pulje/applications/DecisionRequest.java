package dk.pulje.applications;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.YearlyAmounts;

/**
 * A decision on a submitted application: in full (what was asked, by year), in part (the
 * amounts by year given here, never more than asked in any year), or a rejection with its
 * reason. A decision made earlier (by a board, on paper) is registered with the day it
 * was made ({@code decidedOn}), never a day to come; without it, the decision is made
 * now. The grant for a year after the decision's own may be conditional on that year's
 * Finance Act ({@code conditionalYears}).
 */
public record DecisionRequest(@NotNull DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear,
		@Size(max = 4000) @Nullable String reason, @Nullable LocalDate decidedOn,
		@Size(max = 20) @Nullable Set<@NotNull Integer> conditionalYears) {

	/** A decision made now, with no year conditional. */
	public DecisionRequest(DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear, @Nullable String reason) {
		this(outcome, grantedByYear, reason, null, null);
	}

	/** A decision made on the day given, with no year conditional. */
	public DecisionRequest(DecisionOutcome outcome, @Nullable YearlyAmounts grantedByYear, @Nullable String reason,
			@Nullable LocalDate decidedOn) {
		this(outcome, grantedByYear, reason, decidedOn, null);
	}

	/** The years conditional on their Finance Act; none when none were named. */
	public Set<Integer> conditional() {
		return this.conditionalYears == null ? Set.of() : this.conditionalYears;
	}

}
