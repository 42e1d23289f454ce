/**
 * The caseworker's back office as pages: the calls and their applications with the pools'
 * rules checked beside each, decisions taken while the page shows what the call has left,
 * completing a call's allocation and re-posting what is left, and the decision letter as
 * PDF: the pages that combine several features. Pages only; the rules are the pools' and
 * applications' features', and a page that belongs to one feature lives in that feature's
 * {@code web} package.
 */
@NullMarked
package dk.pulje.casework;

import org.jspecify.annotations.NullMarked;
