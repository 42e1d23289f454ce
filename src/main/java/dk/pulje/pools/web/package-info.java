/**
 * The caseworker's pages for a pool: setting it up, changing its amount, rules and
 * periods, and posting, rescheduling and re-posting its calls.
 */
@NullMarked
package dk.pulje.pools.web;

import org.jspecify.annotations.NullMarked;
