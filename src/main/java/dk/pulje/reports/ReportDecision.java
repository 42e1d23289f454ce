package dk.pulje.reports;

/** What the authority decided on a report handed in. */
public enum ReportDecision {

	APPROVED, RETURNED

}
