package dk.pulje.reports;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * What a report says, as its organisation writes it: each goal's outcome and account (by
 * the goal's number, from 1), the results, whether the work goes on after the grant and
 * how it is paid for, and what was spent on each budget line (by the line's number, from
 * 1), the value of each of the pool's indicators (by its number, from 1), and, for a
 * final report, a summary for the public. A part left out stays as it was.
 */
public record ReportRequest(@Nullable List<@Valid GoalRequest> goals, @Size(max = 8000) @Nullable String results,
		@Nullable Boolean continues, @Size(max = 4000) @Nullable String continuation,
		@Nullable List<@Valid SpendingRequest> spending, @Size(max = 1000) @Nullable String publicSummary,
		@Nullable List<@Valid IndicatorRequest> indicators) {

	/** A report that gives no indicator values. */
	public ReportRequest(@Nullable List<GoalRequest> goals, @Nullable String results, @Nullable Boolean continues,
			@Nullable String continuation, @Nullable List<SpendingRequest> spending, @Nullable String publicSummary) {
		this(goals, results, continues, continuation, spending, publicSummary, null);
	}

	/**
	 * The value measured for one of the pool's indicators (by its number, from 1), empty
	 * until known, and a comment on it.
	 */
	public record IndicatorRequest(@NotNull @Min(1) Integer no,
			@Digits(integer = 14, fraction = 2) @Nullable BigDecimal measured,
			@Size(max = 2000) @Nullable String comment) {
	}

	public record GoalRequest(@NotNull @Min(1) Integer no, @Nullable GoalOutcome outcome,
			@Size(max = 4000) @Nullable String account) {
	}

	public record SpendingRequest(@NotNull @Min(1) Integer line, @NotNull Amount spent) {
	}

}
