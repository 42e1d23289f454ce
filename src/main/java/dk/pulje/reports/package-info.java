/**
 * What a granted project hands in after the grant: its status and final reports
 * (slutrapport), each goal of the application accounted for, and its accounts, the money
 * actually spent per budget line beside what was granted and paid, with the unspent money
 * by year computed. The authority approves a report or returns it with its reasons; every
 * version handed in is kept. Also the caseworker's queue of reports due, overdue and
 * handed in.
 */
@NullMarked
package dk.pulje.reports;

import org.jspecify.annotations.NullMarked;
