/**
 * Applications to a call: the lead organisation and its partners, content area, goals and
 * a budget by year and line; drafted, submitted, withdrawn, and decided (granted in full,
 * granted in part, or rejected).
 */
@NullMarked
package dk.pulje.applications;

import org.jspecify.annotations.NullMarked;
