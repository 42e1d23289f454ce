package dk.pulje.applications;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.DanishTime;
import dk.pulje.rules.RuleViolation;

/**
 * A reviewer's assessment of one application: assigned by a caseworker, then either
 * scored (1 to 5, with a comment) or set aside by a declared conflict of interest. A
 * reviewer with a conflict no longer sees the application; the declaration stays.
 */
@Table("review")
class Review {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private Long applicationId;

	private String reviewer;

	private String assignedBy;

	private OffsetDateTime assignedAt;

	private Integer score;

	private String reviewComment;

	private OffsetDateTime scoredAt;

	private String conflictReason;

	private OffsetDateTime conflictAt;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Review(@Nullable Long id, @Nullable Long version) {
		this.id = id;
		this.version = version;
	}

	static Review assign(long applicationId, String reviewer, String assignedBy, OffsetDateTime at) {
		Review review = new Review(null, null);
		review.applicationId = applicationId;
		review.reviewer = reviewer;
		review.assignedBy = assignedBy;
		review.assignedAt = at;
		return review;
	}

	void score(int newScore, String comment, OffsetDateTime at) {
		requireNoConflict();
		if (newScore < 1 || newScore > 5) {
			throw new RuleViolation("score-out-of-range", "score", newScore);
		}
		this.score = newScore;
		this.reviewComment = comment;
		this.scoredAt = at;
	}

	void declareConflict(String reason, OffsetDateTime at) {
		requireNoConflict();
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("conflict-reason-required", "reason");
		}
		this.conflictReason = reason.trim();
		this.conflictAt = at;
	}

	private void requireNoConflict() {
		if (this.conflictAt != null) {
			throw new RuleViolation("review-conflict-declared", "reviewId", this.id);
		}
	}

	boolean conflicted() {
		return this.conflictAt != null;
	}

	String reviewer() {
		return this.reviewer;
	}

	Long applicationId() {
		return this.applicationId;
	}

	ReviewView view() {
		return new ReviewView(Objects.requireNonNull(this.id, "not saved yet"), this.version == null ? 0 : this.version,
				this.applicationId, this.reviewer, this.assignedBy, DanishTime.shown(this.assignedAt), this.score,
				this.reviewComment, DanishTime.shown(this.scoredAt), this.conflictReason,
				DanishTime.shown(this.conflictAt));
	}

}
