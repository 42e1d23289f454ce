package dk.pulje.applications;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A review as its reviewer and the caseworkers see it. */
public record ReviewView(long id, long version, long applicationId, String reviewer, String assignedBy,
		@Nullable OffsetDateTime assignedAt, Integer score, String comment, @Nullable OffsetDateTime scoredAt,
		String conflictReason, @Nullable OffsetDateTime conflictDeclaredAt) {
}
