package dk.pulje.applications;

import java.time.OffsetDateTime;
import java.util.Set;

import dk.pulje.money.YearlyAmounts;

/**
 * Published when a decision is taken; the grants feature turns a grant into a granted
 * project, its conditional years waiting for their Finance Act, and the applicant is
 * told.
 */
public record ApplicationDecided(long applicationId, long callId, long poolId, long leadOrganisationId, String title,
		DecisionOutcome outcome, YearlyAmounts grantedByYear, Set<Integer> conditionalYears, OffsetDateTime decidedAt,
		boolean demo) {
}
