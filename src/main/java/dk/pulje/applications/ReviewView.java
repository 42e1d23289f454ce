package dk.pulje.applications;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A review as its reviewer and the caseworkers see it: each criterion with its score, the
 * weighted score once all are scored, when it was submitted, or the conflict declared.
 */
public record ReviewView(long id, long version, long applicationId, String reviewer, @Nullable String assignedBy,
		@Nullable OffsetDateTime assignedAt, List<CriterionScore> criteria, @Nullable BigDecimal weightedScore,
		@Nullable String comment, @Nullable OffsetDateTime scoredAt, @Nullable OffsetDateTime submittedAt,
		@Nullable String conflictReason, @Nullable OffsetDateTime conflictDeclaredAt) {

	public boolean submitted() {
		return this.submittedAt != null;
	}

	public boolean conflicted() {
		return this.conflictDeclaredAt != null;
	}

}
