/**
 * An action plan's pages: the public list, each plan with its status report as CSV, XLSX
 * or PDF, and the caseworker's editors for the plan, its tracks, the year's indicators
 * and the funding that pays for it.
 */
@NullMarked
package dk.pulje.plans.web;

import org.jspecify.annotations.NullMarked;
