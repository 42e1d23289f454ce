package dk.pulje.grants;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * A payment to a granted project, or a repayment from it, drawn on the grant of one
 * fiscal year. The amount is always positive; the kind says which way the money went.
 */
@Table("granted_project_payment")
public record Payment(PaymentKind kind, LocalDate paidOn, int fiscalYear, Amount amount, @Nullable String reference) {

	/** The amount as it counts towards what is paid: negative for a repayment. */
	Amount net() {
		return this.kind == PaymentKind.PAYMENT ? this.amount : Amount.ZERO.minus(this.amount);
	}

}
