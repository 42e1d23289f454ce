package dk.pulje.pools;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * A re-post of what a call left: all of it when no amount is given, or a chosen part.
 * Times in Danish time. The example is seed 001's re-post: its first call left 50,8 mio.
 * kr., all of which was posted again.
 */
@Schema(description = "What a completed call left, posted again; all of it when no amount is given", example = """
		{"title": "Genopslag", "opensAt": "2018-03-01T09:00", "deadline": "2018-06-08T23:59:59"}""")
public record RepostRequest(@Size(max = 300) @Nullable String title, @Nullable Amount amount,
		@NotNull LocalDateTime opensAt, @NotNull LocalDateTime deadline) {
}
