package dk.pulje.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Cvr;

/**
 * What a caseworker sends to register an organisation or change one (type and code cannot
 * change).
 */
public record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotNull OrganisationType type, Cvr cvr,
		@Pattern(regexp = "\\d{3,4}") @Nullable String officialCode, @Nullable Long regionId) {
}
