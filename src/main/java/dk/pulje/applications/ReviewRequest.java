package dk.pulje.applications;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a reviewer saves: a score (empty to take it back) and a comment for each criterion
 * named, by its number from 1, and a comment on the application as a whole. A criterion
 * left out stays as it was.
 */
public record ReviewRequest(@Size(max = 20) @Nullable List<@Valid Score> scores,
		@Size(max = 4000) @Nullable String comment) {

	public record Score(@NotNull @Min(1) Integer criterion, @Min(0) @Max(100) @Nullable Integer score,
			@Size(max = 4000) @Nullable String comment) {
	}

}
