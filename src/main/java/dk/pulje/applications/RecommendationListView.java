package dk.pulje.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.pools.Decider;

/**
 * A call's recommendation list as caseworkers and decision-makers see it: each
 * application handed in with what is recommended for it and what the decision-maker
 * changed, the applications still without a recommendation, what the list grants against
 * what the call has left ({@code available}), the money conditional on a later Finance
 * Act, who decides the pool's lists, and who submitted and decided this one, when.
 */
public record RecommendationListView(long callId, long poolId, String poolName, long version,
		RecommendationStatus status, Decider decider, boolean recommenderMayDecide, Amount offered, Amount available,
		Amount recommendedTotal, Amount conditionalTotal, List<Item> items, List<Long> missing,
		@Nullable String submittedBy, @Nullable OffsetDateTime submittedAt, @Nullable String decidedBy,
		@Nullable LocalDate decidedOn, @Nullable OffsetDateTime decidedAt) {

	/**
	 * One application on the list: what it asks for, what is recommended, the change (if
	 * any), and what is to be granted.
	 */
	public record Item(long applicationId, String title, long leadOrganisationId, ApplicationStatus applicationStatus,
			Amount requested, YearlyAmounts requestedByYear, @Nullable Proposal recommended, @Nullable Proposal change,
			Amount toGrant) {
	}

	/**
	 * An outcome proposed for an application: what it grants by year and in all, the
	 * years conditional on their Finance Act, the reason, who proposed it and when.
	 */
	public record Proposal(DecisionOutcome outcome, YearlyAmounts grantedByYear, Amount grantedTotal,
			Set<Integer> conditionalYears, @Nullable String reason, @Nullable String by, @Nullable OffsetDateTime at) {
	}

}
