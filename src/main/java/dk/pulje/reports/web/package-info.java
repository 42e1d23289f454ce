/**
 * The reports' pages: the applicant's granted projects with what they owe, and the report
 * form with its accounts; the caseworker's queue of reports due, overdue and awaiting
 * review, and the page on which a report is approved or returned.
 */
@NullMarked
package dk.pulje.reports.web;

import org.jspecify.annotations.NullMarked;
