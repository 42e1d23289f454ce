package dk.pulje.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.pools.ReportKind;

/**
 * A report as its organisation and the authority see it: what it says, the accounts by
 * year computed from what was spent, granted and paid, where it stands, and every version
 * handed in with what was decided on it.
 */
public record ReportView(long id, long version, long grantedProjectId, String projectTitle, long organisationId,
		int obligationNo, ReportKind reportKind, LocalDate dueDate, boolean auditedAccounts, ReportStatus status,
		ReportContent content, List<YearAccount> accounts, Amount spentTotal, Amount unspentTotal,
		@Nullable OffsetDateTime handedInAt, @Nullable OffsetDateTime decidedAt, @Nullable String decidedBy,
		@Nullable String returnReason, List<VersionView> versions, AuditView audit, boolean demo) {

	/**
	 * One year of the accounts: what the budget said, what was granted and paid for the
	 * year, what was spent, how far the spending is from the budget (budgeted minus
	 * spent), and the money paid but not spent, which the project owes back.
	 */
	public record YearAccount(int year, Amount budgeted, Amount granted, Amount paid, Amount spent,
			Amount differenceFromBudget, Amount unspent) {
	}

	/** A version handed in, what it said, and what was decided on it. */
	public record VersionView(int no, OffsetDateTime handedInAt, String handedInBy, ReportContent content,
			@Nullable ReportDecision decision, @Nullable OffsetDateTime decidedAt, @Nullable String decidedBy,
			@Nullable String reason) {
	}

	/** Whether the project's organisation may still change the report. */
	public boolean editable() {
		return this.status.editable();
	}

}
