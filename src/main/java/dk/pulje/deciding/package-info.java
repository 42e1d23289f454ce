/**
 * The decider's pages: the recommendation lists put before a decision-maker (or, where
 * the caseworkers' authority decides, before another caseworker), each approved as it
 * stands or changed item by item with a reason, decided on the decider's date, and its
 * letters downloaded as one file. Pages only; the rules are the applications feature's.
 */
@NullMarked
package dk.pulje.deciding;

import org.jspecify.annotations.NullMarked;
