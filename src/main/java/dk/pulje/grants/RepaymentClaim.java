package dk.pulje.grants;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * Unspent money the authority claims back from a project (tilbagebetalingskrav), for the
 * fiscal year it was paid for: how much, when it was claimed and is due, and the report
 * whose approved accounts showed it unspent.
 */
@Table("repayment_claim")
public record RepaymentClaim(int fiscalYear, Amount amount, LocalDate claimedOn, LocalDate dueOn, long reportId) {

	/** How many days a project has to pay a claim back. */
	public static final int DAYS_TO_PAY = 30;

}
