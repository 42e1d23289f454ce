package dk.pulje.applications;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * An application as a line in a list: the sums are computed in the database, not by
 * loading every budget.
 */
public record ApplicationSummary(long id, long version, long callId, long poolId, long leadOrganisationId, String title,
		ApplicationStatus status, Amount requestedTotal, @Nullable DecisionOutcome outcome, Amount grantedTotal,
		@Nullable OffsetDateTime submittedAt, boolean demo) {
}
