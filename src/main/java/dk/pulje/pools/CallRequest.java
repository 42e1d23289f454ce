package dk.pulje.pools;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * A call to post, or a posted call to reschedule. Times are Danish wall-clock times
 * ("2017-12-11T12:00" is noon in Copenhagen); the amount is what the call offers, and is
 * not changed by a reschedule.
 */
public record CallRequest(@Size(max = 300) @Nullable String title, @NotNull Amount amount,
		@NotNull LocalDateTime opensAt, @NotNull LocalDateTime deadline, @Min(1) @Nullable Integer earmark) {

	/** A call of the pool's free money. */
	public CallRequest(@Nullable String title, Amount amount, LocalDateTime opensAt, LocalDateTime deadline) {
		this(title, amount, opensAt, deadline, null);
	}

}
