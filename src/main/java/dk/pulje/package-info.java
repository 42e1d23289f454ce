/**
 * Pulje: public-health funding pools, from the agreement that sets money aside to the
 * grants, payments and action plans it pays for. Each sub-package is one feature, and
 * Spring Modulith checks that they depend on one another only through their published
 * types.
 */
@NullMarked
package dk.pulje;

import org.jspecify.annotations.NullMarked;
