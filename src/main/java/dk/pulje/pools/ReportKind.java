package dk.pulje.pools;

/**
 * The reports a granted project owes: a final report (slutrapport) or a status report
 * (statusrapport).
 */
public enum ReportKind {

	FINAL_REPORT, STATUS_REPORT

}
