/**
 * Where money comes from: political agreements (the Finance Act, pool agreements, economy
 * agreements, a municipality's budget), the programmes, strategies and action plans they
 * fund, and appropriations by year from an agreement to a programme or a pool. The
 * programmes' pages for caseworkers are in {@code funding.web}.
 */
@NullMarked
package dk.pulje.funding;

import org.jspecify.annotations.NullMarked;
