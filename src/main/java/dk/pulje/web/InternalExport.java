package dk.pulje.web;

/**
 * Someone downloaded an internal record as a file (an internal plan's report as PDF, XLSX
 * or CSV). The history records it under the record, with who and when; public records'
 * downloads are not recorded.
 *
 * @param kind the record's kind as the history keeps it (its table: "action_plan")
 */
public record InternalExport(String kind, long id, String format) {
}
