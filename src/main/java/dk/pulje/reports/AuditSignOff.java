package dk.pulje.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An auditor's sign-off of a report's accounts: who, of which firm, against which
 * standard.
 */
public record AuditSignOff(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String firm,
		@NotBlank @Size(max = 200) String standard) {
}
