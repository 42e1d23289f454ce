package dk.pulje.reports;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The auditor invited to a report's accounts, by e-mail address. */
public record AuditorRequest(@NotBlank @Email @Size(max = 254) String email) {
}
