package dk.pulje.casework;

import org.jspecify.annotations.Nullable;

import dk.pulje.grants.GrantedProjectView;

/**
 * A payment as the caseworker's form posts it, every value as typed: the project's
 * version the page showed, the kind, the day paid, the year of the grant it draws on, the
 * amount in kroner, and the voucher.
 */
record PaymentForm(Long version, String kind, @Nullable String paidOn, @Nullable String fiscalYear,
		@Nullable String amount, @Nullable String reference) {

	/**
	 * The empty form for a project: a payment, drawn on the first year with money still
	 * to be paid.
	 */
	static PaymentForm blank(GrantedProjectView project) {
		String year = project.grantedByYear()
			.byYear()
			.keySet()
			.stream()
			.filter(y -> project.grantedByYear().in(y).isGreaterThan(project.paidByYear().in(y)))
			.findFirst()
			.map(String::valueOf)
			.orElse(null);
		return new PaymentForm(project.version(), "PAYMENT", null, year, null, null);
	}

}
