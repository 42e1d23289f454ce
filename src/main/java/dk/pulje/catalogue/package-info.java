/**
 * The public catalogue as pages: the pools anyone may read, filtered and paged, and each
 * pool with its rules, its calls and the projects they granted. Pages only; the rules
 * live in the features they show.
 */
package dk.pulje.catalogue;
