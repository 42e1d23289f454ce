package dk.pulje.applications;

import java.time.OffsetDateTime;

import dk.pulje.money.YearlyAmounts;

/**
 * Published when a decision is taken; the grants feature turns a grant into a granted
 * project.
 */
public record ApplicationDecided(long applicationId, long callId, long poolId, long leadOrganisationId, String title,
		DecisionOutcome outcome, YearlyAmounts grantedByYear, OffsetDateTime decidedAt, boolean demo) {
}
