package dk.pulje.grants;

/** Money paid out to a granted project, or unspent money it paid back. */
public enum PaymentKind {

	PAYMENT, REPAYMENT

}
