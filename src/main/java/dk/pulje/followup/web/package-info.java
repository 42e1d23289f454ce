/**
 * The follow-up groups' pages: the public list and each group, and the caseworker's
 * editors for a group, its members, meetings, milestones and barriers.
 */
@NullMarked
package dk.pulje.followup.web;

import org.jspecify.annotations.NullMarked;
