package dk.pulje.applications;

import java.time.OffsetDateTime;

/** A review as its reviewer and the caseworkers see it. */
public record ReviewView(long id, long version, long applicationId, String reviewer, String assignedBy,
		OffsetDateTime assignedAt, Integer score, String comment, OffsetDateTime scoredAt, String conflictReason,
		OffsetDateTime conflictDeclaredAt) {
}
