package dk.pulje.casework;

/**
 * A payment as the caseworker's form posts it, every value as typed: the project's version the page showed, the
 * kind, the day paid, the year of the grant it draws on, the amount in kroner, and the voucher.
 */
record PaymentForm(Long version, String kind, String paidOn, String fiscalYear, String amount, String reference) {

	/** The empty form for a project at a version: a payment, the first year still to be paid chosen by the page. */
	static PaymentForm blank(long version) {
		return new PaymentForm(version, "PAYMENT", null, null, null, null);
	}

}
