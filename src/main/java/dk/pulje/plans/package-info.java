/**
 * Action plans and what follows them: a plan's tracks, focus areas and initiatives (with
 * the programmes, pools and granted projects that pay for them), each reporting year's
 * assessment per track and status per initiative, indicators with their values per
 * period, and the plan's funding table with its stated totals checked against its rows.
 * Plans are public unless marked internal. Its pages (the public plan and status report,
 * and the editors under /casework) are in {@code plans.web}.
 */
@NullMarked
package dk.pulje.plans;

import org.jspecify.annotations.NullMarked;
