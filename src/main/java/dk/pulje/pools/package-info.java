/**
 * Pools and their calls: purpose, content areas, who may apply and whether jointly, the
 * amount and its split by year, earmarks, project period and reporting rules; each
 * posting as a call with its deadline; what a call did not award, re-posted as a new
 * call. Its pages for caseworkers (setting up a pool, posting and rescheduling its calls)
 * are in {@code pools.web}.
 */
@NullMarked
package dk.pulje.pools;

import org.jspecify.annotations.NullMarked;
