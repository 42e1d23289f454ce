package dk.pulje.applications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.money.DanishTime;
import dk.pulje.pools.Criterion;
import dk.pulje.pools.PoolManagement;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Assigns submitted applications to reviewers, and takes their scores and declarations of
 * conflict. A reviewer sees only its own reviews; the authority's staff and analysts see
 * them all.
 */
@Service
public class ReviewManagement {

	private final Reviews reviews;

	private final Applications applications;

	private final OrganisationScope scope;

	private final PoolManagement pools;

	private final Clock clock;

	ReviewManagement(Reviews reviews, Applications applications, OrganisationScope scope, PoolManagement pools,
			Clock clock) {
		this.pools = pools;
		this.reviews = reviews;
		this.applications = applications;
		this.scope = scope;
		this.clock = clock;
	}

	@Transactional
	public ReviewView assign(long applicationId, String reviewer, String assignedBy) {
		Application application = this.applications.findById(applicationId)
			.orElseThrow(() -> new RecordNotFound("application", applicationId));
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new RuleViolation("application-not-submitted", "status", application.status());
		}
		if (!this.scope.isReviewer(reviewer)) {
			throw new RuleViolation("reviewer-unknown", "reviewer", reviewer);
		}
		if (this.reviews.findByApplicationIdAndReviewer(applicationId, reviewer).isPresent()) {
			throw new RuleViolation("reviewer-already-assigned", "reviewer", reviewer);
		}
		List<Criterion> criteria = this.pools.pool(application.poolId()).assessedBy();
		return this.reviews.save(Review.assign(applicationId, reviewer, assignedBy, now(), criteria)).view();
	}

	@Transactional(readOnly = true)
	public List<ReviewView> reviews(@Nullable Long applicationId) {
		Optional<String> reviewer = reviewerAsking();
		List<Review> found = reviewer.isPresent() ? this.reviews.findByReviewerOrderById(reviewer.get())
				: applicationId == null ? this.reviews.findAll()
						: this.reviews.findByApplicationIdOrderById(applicationId);
		return found.stream()
			.filter(r -> applicationId == null || r.applicationId().equals(applicationId))
			.map(Review::view)
			.toList();
	}

	/** Who an application can be given to for review. */
	@Transactional(readOnly = true)
	public List<String> reviewers() {
		return this.scope.reviewers();
	}

	@Transactional(readOnly = true)
	public ReviewView review(long id) {
		return load(id).view();
	}

	/** Saves the reviewer's scores and comments as a draft, on the version read. */
	@Transactional
	public ReviewView score(long id, @Nullable Long expectedVersion, ReviewRequest request) {
		Review review = load(id);
		StaleVersion.check("review", id, expectedVersion, review.version());
		review.score(request, now());
		return this.reviews.save(review).view();
	}

	/** Submits the review as it stands; from then on it does not change. */
	@Transactional
	public ReviewView submit(long id, @Nullable Long expectedVersion) {
		Review review = load(id);
		StaleVersion.check("review", id, expectedVersion, review.version());
		review.submit(now());
		return this.reviews.save(review).view();
	}

	/**
	 * Scores an application as a whole and submits the review, where the pool assesses by
	 * one overall score; a pool with criteria of its own is scored criterion by
	 * criterion.
	 */
	@Transactional
	public ReviewView scoreOverall(long id, int score, @Nullable String comment) {
		Review review = load(id);
		if (review.criterionCount() != 1) {
			throw new RuleViolation("review-score-by-criterion", "score", review.criterionCount());
		}
		review.score(new ReviewRequest(List.of(new ReviewRequest.Score(1, score, null)), comment), now());
		review.submit(now());
		return this.reviews.save(review).view();
	}

	@Transactional
	public ReviewView declareConflict(long id, @Nullable String reason) {
		Review review = load(id);
		review.declareConflict(reason, now());
		return this.reviews.save(review).view();
	}

	/**
	 * Whether the reviewer may read the application: assigned to it, and no conflict
	 * declared.
	 */
	boolean mayRead(@Nullable String reviewer, long applicationId) {
		return this.reviews.findByApplicationIdAndReviewer(applicationId, reviewer)
			.filter(r -> !r.conflicted())
			.isPresent();
	}

	/** A review of someone else is, to a reviewer, not there. */
	private Review load(long id) {
		Review review = this.reviews.findById(id).orElseThrow(() -> new RecordNotFound("review", id));
		reviewerAsking().filter(me -> !me.equals(review.reviewer())).ifPresent(me -> {
			throw new RecordNotFound("review", id);
		});
		return review;
	}

	private Optional<String> reviewerAsking() {
		return this.scope.limitedTo()
			.filter(OrganisationScope.Limits::isReviewer)
			.map(OrganisationScope.Limits::reviewer);
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
