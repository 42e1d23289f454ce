package dk.pulje.accounts;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator sends to open an account or change one (the username cannot
 * change).
 */
public record AccountRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}") String username,
		@Size(max = 200) @Nullable String displayName, @Email @Size(max = 254) @Nullable String email,
		@NotNull Role role, Set<@NotNull Long> organisationIds) {
}
