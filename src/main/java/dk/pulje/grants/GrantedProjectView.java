package dk.pulje.grants;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;

/**
 * A granted project as the public and the caseworker see it: what it was granted, what
 * has been paid (net of repayments) by year, and what is still to be paid; the unspent
 * money claimed back, what has been repaid, and what of the claims is still outstanding.
 * Years granted on the condition of their Finance Act are named, and what they come to is
 * shown apart from the firm money until a caseworker confirms them.
 */
public record GrantedProjectView(long id, long version, long applicationId, long callId, long poolId,
		long organisationId, String title, ProjectPeriod projectPeriod, YearlyAmounts grantedByYear,
		Amount grantedTotal, String grantedText, Set<Integer> conditionalYears, Amount conditionalTotal,
		@Nullable OffsetDateTime grantedAt, List<ReportingObligation> obligations, List<Payment> payments,
		YearlyAmounts paidByYear, Amount paidTotal, Amount leftToPay, List<RepaymentClaim> repaymentClaims,
		Amount claimedTotal, Amount repaidTotal, Amount outstandingClaims, Amount heldBack, boolean heldBackReleased,
		@Nullable OffsetDateTime closedAt, @Nullable String closedBy, boolean demo) {

	public boolean closed() {
		return this.closedAt != null;
	}

}
