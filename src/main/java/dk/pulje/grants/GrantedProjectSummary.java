package dk.pulje.grants;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * A granted project as a line in the public list: who got what, for what, when its final
 * report is due, and whether it is running, reporting or closed.
 */
public record GrantedProjectSummary(long id, long applicationId, long callId, long poolId, long organisationId,
		@Nullable String organisationName, String title, Amount grantedTotal, String grantedText, LocalDate periodStart,
		LocalDate periodEnd, @Nullable LocalDate nextReportDue, ProjectStage stage, boolean demo) {
}
