package dk.pulje.applications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.DanishTime;
import dk.pulje.pools.Criterion;
import dk.pulje.rules.RuleViolation;

/**
 * A reviewer's assessment of one application against the pool's criteria: assigned by a
 * caseworker, scored criterion by criterion as a draft, and submitted once every
 * criterion has its score, after which it stands. A declared conflict of interest sets it
 * aside: the reviewer no longer sees the application, and the declaration stays.
 */
@Table("review")
class Review {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private Long applicationId;

	private String reviewer;

	private @Nullable String assignedBy;

	private OffsetDateTime assignedAt;

	@MappedCollection(idColumn = "review_id", keyColumn = "line_no")
	private List<CriterionScore> criteria = new ArrayList<>();

	private @Nullable String reviewComment;

	/** When the scores were last saved. */
	private @Nullable OffsetDateTime scoredAt;

	private @Nullable OffsetDateTime submittedAt;

	private @Nullable String conflictReason;

	private @Nullable OffsetDateTime conflictAt;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Review(@Nullable Long id, @Nullable Long version) {
		this.id = id;
		this.version = version;
	}

	static Review assign(long applicationId, String reviewer, String assignedBy, OffsetDateTime at,
			List<Criterion> criteria) {
		Review review = new Review(null, null);
		review.applicationId = applicationId;
		review.reviewer = reviewer;
		review.assignedBy = assignedBy;
		review.assignedAt = at;
		criteria.forEach(c -> review.criteria.add(CriterionScore.of(c)));
		return review;
	}

	/**
	 * Saves scores and comments as a draft: each score given must lie on its criterion's
	 * scale, and a criterion the review does not have is refused, every problem at once.
	 */
	void score(ReviewRequest request, OffsetDateTime at) {
		requireOpen();
		List<CriterionScore> revised = new ArrayList<>(this.criteria);
		List<RuleViolation> problems = new ArrayList<>();
		List<ReviewRequest.Score> scores = request.scores() == null ? List.of() : request.scores();
		for (int i = 0; i < scores.size(); i++) {
			ReviewRequest.Score given = scores.get(i);
			if (given.criterion() > revised.size()) {
				problems.add(new RuleViolation("review-criterion-unknown", "scores[" + i + "].criterion",
						given.criterion()));
				continue;
			}
			CriterionScore criterion = revised.get(given.criterion() - 1);
			if (given.score() != null && !criterion.onScale(given.score())) {
				problems.add(new RuleViolation("score-out-of-range", "scores[" + i + "].score", given.score(),
						criterion.scaleMin(), criterion.scaleMax()));
				continue;
			}
			revised.set(given.criterion() - 1, criterion.scored(given.score(), text(given.comment())));
		}
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		this.criteria = revised;
		this.reviewComment = text(request.comment());
		this.scoredAt = at;
	}

	/**
	 * Submits the review; every criterion must be scored, and each missing one is named.
	 */
	void submit(OffsetDateTime at) {
		requireOpen();
		List<RuleViolation> problems = new ArrayList<>();
		for (int i = 0; i < this.criteria.size(); i++) {
			if (this.criteria.get(i).score() == null) {
				problems.add(new RuleViolation("review-criterion-unscored", "scores[" + i + "].score",
						this.criteria.get(i).name()));
			}
		}
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		this.submittedAt = at;
	}

	void declareConflict(@Nullable String reason, OffsetDateTime at) {
		requireOpen();
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("conflict-reason-required", "reason");
		}
		this.conflictReason = reason.trim();
		this.conflictAt = at;
	}

	/** A review set aside by a conflict, or submitted, no longer changes. */
	private void requireOpen() {
		if (this.conflictAt != null) {
			throw new RuleViolation("review-conflict-declared", "reviewId", this.id);
		}
		if (this.submittedAt != null) {
			throw new RuleViolation("review-submitted", "reviewId", this.id);
		}
	}

	/**
	 * The weighted score, once every criterion is scored: each score times its weight,
	 * over the weights, to two decimals.
	 */
	@Nullable BigDecimal weightedScore() {
		if (this.criteria.isEmpty() || this.criteria.stream().anyMatch(c -> c.score() == null)) {
			return null;
		}
		long weighted = this.criteria.stream()
			.mapToLong(c -> (long) c.weight() * Objects.requireNonNull(c.score()))
			.sum();
		long weights = this.criteria.stream().mapToLong(CriterionScore::weight).sum();
		return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	boolean conflicted() {
		return this.conflictAt != null;
	}

	boolean submitted() {
		return this.submittedAt != null;
	}

	int criterionCount() {
		return this.criteria.size();
	}

	String reviewer() {
		return this.reviewer;
	}

	Long applicationId() {
		return this.applicationId;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	ReviewView view() {
		return new ReviewView(Objects.requireNonNull(this.id, "not saved yet"), version(), this.applicationId,
				this.reviewer, this.assignedBy, DanishTime.shown(this.assignedAt), List.copyOf(this.criteria),
				weightedScore(), this.reviewComment, DanishTime.shown(this.scoredAt),
				DanishTime.shown(this.submittedAt), this.conflictReason, DanishTime.shown(this.conflictAt));
	}

	private static @Nullable String text(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

}
