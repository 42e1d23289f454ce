/**
 * How a feature says no: a broken domain rule, a record that does not exist, a change
 * made against a stale version. The web layer turns these into problem details; the
 * features only throw them.
 */
@ApplicationModule(type = Type.OPEN)
@NullMarked
package dk.pulje.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
