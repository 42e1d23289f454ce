/**
 * The reviewer's pages: the applications assigned to it, each read-only with its
 * attachments beside the pool's criteria to score, saved as a draft until submitted, and
 * the declaration of a conflict of interest. Pages only; the rules are the applications
 * feature's.
 */
@NullMarked
package dk.pulje.reviewing;

import org.jspecify.annotations.NullMarked;
