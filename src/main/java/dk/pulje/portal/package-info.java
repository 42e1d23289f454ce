/**
 * The applicant's pages: the calls its organisations may apply to, an application written
 * in steps and saved as a draft on every change, submission with every problem shown at
 * its field, and the decisions. Pages only; the rules are the applications feature's.
 */
@NullMarked
package dk.pulje.portal;

import org.jspecify.annotations.NullMarked;
