package dk.pulje.pools;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * A re-post of what a call left: all of it when no amount is given, or a chosen part.
 * Times in Danish time.
 */
public record RepostRequest(@Size(max = 300) @Nullable String title, @Nullable Amount amount,
		@NotNull LocalDateTime opensAt, @NotNull LocalDateTime deadline) {
}
