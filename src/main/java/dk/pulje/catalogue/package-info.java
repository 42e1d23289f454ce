/**
 * The public catalogue as pages: the pools anyone may read, filtered and paged, and each
 * pool with its rules, its calls and the projects they granted. Pages only; the rules
 * live in the features they show.
 */
@NullMarked
package dk.pulje.catalogue;

import org.jspecify.annotations.NullMarked;
