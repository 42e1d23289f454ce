/**
 * The conventions every HTTP endpoint shares: errors as RFC 9457 problem details with
 * each wrong field named in Danish or English, versions as ETags, and the If-Match
 * precondition.
 */
@ApplicationModule(type = Type.OPEN)
@NullMarked
package dk.pulje.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
