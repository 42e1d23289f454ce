package dk.pulje.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What a caseworker sends to record an agreement or change it. */
public record AgreementRequest(@NotBlank @Size(max = 300) String name, @NotNull AgreementKind kind,
		@Min(1900) @Max(2200) @Nullable Integer year) {
}
