package dk.pulje.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the audit history must not copy, such as a password hash: it records a short
 * fingerprint instead, which shows that the value changed without showing the value.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Secret {

}
