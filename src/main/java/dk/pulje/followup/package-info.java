/**
 * Follow-up groups: who appoints their members and whom they appointed, their tasks and
 * meeting rhythm, their meetings, the milestones they follow (due, reached, late), and
 * the barriers they log with what was done. Anyone reads a group; minutes and barriers
 * are internal to the authority's staff and analysts. Its pages (the public group, and
 * the editors under /casework) are in {@code followup.web}.
 */
@NullMarked
package dk.pulje.followup;

import org.jspecify.annotations.NullMarked;
