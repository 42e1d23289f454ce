package dk.pulje.reports;

/**
 * Where a reporting obligation stands: due later, due within 30 days, overdue with no
 * report handed in, handed in and awaiting review, returned to be revised, or approved.
 */
public enum ObligationState {

	DUE, DUE_SOON, OVERDUE, HANDED_IN, RETURNED, APPROVED;

	/** How many days ahead a due date counts as soon. */
	static final int SOON_DAYS = 30;

}
