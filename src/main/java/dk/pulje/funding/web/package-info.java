/**
 * The caseworker's pages for the programmes of a political agreement: the list, and
 * setting up or changing a programme.
 */
@NullMarked
package dk.pulje.funding.web;

import org.jspecify.annotations.NullMarked;
