package dk.pulje.reports;

/**
 * A report is drafted, handed in, and then approved, or returned to be revised and handed
 * in again.
 */
public enum ReportStatus {

	DRAFT, HANDED_IN, RETURNED, APPROVED;

	/** Whether the project's organisation may still change what the report says. */
	boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
