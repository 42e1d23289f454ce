package dk.pulje.reports;

import org.jspecify.annotations.Nullable;

/** An auditor was invited to a report's accounts. */
public record AuditorInvited(long reportId, String email, String projectTitle, @Nullable String invitedBy) {
}
