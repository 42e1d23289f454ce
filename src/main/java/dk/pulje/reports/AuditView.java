package dk.pulje.reports;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The audit of a report's accounts: who was invited, by whom and when; the statement
 * attached; and the sign-off with the auditor's name, firm and the standard audited
 * against.
 */
public record AuditView(@Nullable String auditorEmail, @Nullable OffsetDateTime invitedAt, @Nullable String invitedBy,
		@Nullable String statementName, @Nullable String auditorName, @Nullable String auditorFirm,
		@Nullable String standard, @Nullable OffsetDateTime signedAt, @Nullable String signedBy) {

	public boolean signedOff() {
		return this.signedAt != null;
	}

}
