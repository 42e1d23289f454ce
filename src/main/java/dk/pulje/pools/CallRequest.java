package dk.pulje.pools;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * A call to post, or a posted call to reschedule. Times are Danish wall-clock times
 * ("2017-12-11T12:00" is noon in Copenhagen); the amount is what the call offers, and is
 * not changed by a reschedule. The example is seed 001's first call.
 */
@Schema(description = "A call to post, or new dates for a posted call", example = """
		{"title": "Første opslag", "amount": "200000000.00", "opensAt": "2017-10-02T09:00",
		 "deadline": "2017-12-11T23:59:59"}""")
public record CallRequest(@Size(max = 300) @Nullable String title, @NotNull Amount amount,
		@NotNull LocalDateTime opensAt, @NotNull LocalDateTime deadline, @Min(1) @Nullable Integer earmark) {

	/** A call of the pool's free money. */
	public CallRequest(@Nullable String title, Amount amount, LocalDateTime opensAt, LocalDateTime deadline) {
		this(title, amount, opensAt, deadline, null);
	}

}
