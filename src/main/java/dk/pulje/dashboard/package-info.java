/**
 * The dashboard of the money for caseworkers and analysts: by programme and year, what
 * was appropriated, posted in calls, granted and is left, as a table and a chart, with
 * every stated total that disagrees with its parts. It reads what the funding, pools and
 * grants features store; it changes nothing.
 */
@NullMarked
package dk.pulje.dashboard;

import org.jspecify.annotations.NullMarked;
