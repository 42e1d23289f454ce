package dk.pulje;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of pages in the machine's Chromium, against the running application: what a user
 * sees, clicks and types, and whether the page passes axe-core's rules. It runs on the
 * embedded database only. What the pages store and read on PostgreSQL is tested there by
 * the API and page tests over HTTP, which drive the same services. In Chromium, the pages
 * do the same on either database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(PagesOnFailure.class)
@Tag("browser")
public @interface BrowserTest {

}
