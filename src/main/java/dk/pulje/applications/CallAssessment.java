package dk.pulje.applications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.money.Amount;
import dk.pulje.paging.Paging;
import dk.pulje.pools.CallView;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RuleViolation;

/**
 * How a call's applications stand after review, for the caseworker who recommends: each
 * application handed in with its score (the mean of its submitted reviews' weighted
 * scores), the spread between its reviewers, the reviews done against those assigned, the
 * conflicts, what it asks for and where it breaks the pool's rules; ranked by score, with
 * the running total of what the ranked applications ask for against what the call offers.
 * The funding line falls where that total first goes past the offer. An application below
 * the pool's lowest score is ranked but never counted toward the line.
 */
@Service
public class CallAssessment {

	/** One application of the call, as the assessment overview shows it. */
	public record Line(ApplicationSummary application, int rank, int assigned, int submitted, int conflicts,
			@Nullable BigDecimal score, @Nullable BigDecimal spread, boolean belowMinimum, List<RuleViolation> flags,
			@Nullable Amount runningTotal, boolean withinOffer) {
	}

	/** The call, what it offers, and its applications in rank order. */
	public record Overview(CallView call, PoolView pool, Amount offered, Amount askedWithinOffer, List<Line> lines) {

		/** The rank of the last application above the funding line; 0 when none is. */
		public int fundingLine() {
			return this.lines.stream().filter(Line::withinOffer).mapToInt(Line::rank).max().orElse(0);
		}

	}

	private final ApplicationList list;

	private final ApplicationManagement applications;

	private final Reviews reviews;

	private final PoolManagement pools;

	CallAssessment(ApplicationList list, ApplicationManagement applications, Reviews reviews, PoolManagement pools) {
		this.list = list;
		this.applications = applications;
		this.reviews = reviews;
		this.pools = pools;
	}

	@Transactional(readOnly = true)
	public Overview of(long callId) {
		CallView call = this.pools.call(callId);
		PoolView pool = this.pools.pool(call.poolId());
		List<ApplicationSummary> handedIn = this.list
			.applications(new ApplicationList.Filter(callId, null, null, null, null),
					Paging.of(0, Paging.MAX_SIZE, null, ApplicationList.SORTS, "id"))
			.items()
			.stream()
			.filter(a -> a.status() != ApplicationStatus.DRAFT && a.status() != ApplicationStatus.WITHDRAWN)
			.toList();
		Map<Long, List<Review>> byApplication = handedIn.isEmpty() ? Map.of()
				: this.reviews.findByApplicationIdIn(handedIn.stream().map(ApplicationSummary::id).toList())
					.stream()
					.collect(Collectors.groupingBy(Review::applicationId));
		List<Scored> scored = handedIn.stream()
			.map(a -> Scored.of(a, byApplication.getOrDefault(a.id(), List.of())))
			.sorted(Comparator.comparing(Scored::score, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(s -> s.application().requestedTotal().ore())
				.thenComparing(s -> s.application().id()))
			.toList();
		List<Line> lines = new ArrayList<>();
		Amount running = Amount.ZERO;
		Amount within = Amount.ZERO;
		boolean lineCrossed = false;
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			boolean below = s.score() != null && pool.minimumScore() != null
					&& s.score().compareTo(pool.minimumScore()) < 0;
			boolean counted = s.score() != null && !below;
			Amount total = null;
			boolean fits = false;
			if (counted) {
				running = running.plus(s.application().requestedTotal());
				total = running;
				fits = !lineCrossed && !running.isGreaterThan(call.amount());
				lineCrossed = !fits;
				within = fits ? running : within;
			}
			List<RuleViolation> flags = s.application().status() == ApplicationStatus.SUBMITTED
					? this.applications.poolRuleProblems(s.application().id()) : List.of();
			lines.add(new Line(s.application(), i + 1, s.assigned(), s.submitted(), s.conflicts(), s.score(),
					s.spread(), below, flags, total, fits));
		}
		return new Overview(call, pool, call.amount(), within, lines);
	}

	/** An application with what its reviews say. */
	private record Scored(ApplicationSummary application, int assigned, int submitted, int conflicts,
			@Nullable BigDecimal score, @Nullable BigDecimal spread) {

		static Scored of(ApplicationSummary application, List<Review> reviews) {
			List<BigDecimal> scores = reviews.stream()
				.filter(Review::submitted)
				.map(Review::weightedScore)
				.filter(Objects::nonNull)
				.toList();
			int conflicts = (int) reviews.stream().filter(Review::conflicted).count();
			BigDecimal mean = scores.isEmpty() ? null
					: scores.stream()
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
			BigDecimal spread = scores.size() < 2 ? null
					: scores.stream()
						.max(Comparator.naturalOrder())
						.orElseThrow()
						.subtract(scores.stream().min(Comparator.naturalOrder()).orElseThrow());
			return new Scored(application, reviews.size() - conflicts, scores.size(), conflicts, mean, spread);
		}

	}

}
