package dk.pulje;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the running application over real HTTP, against a real database: H2 by
 * default, PostgreSQL in the second run that CI makes with
 * {@code PULJE_TEST_POSTGRES_URL} set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pulje.demo-data=false", "pulje.reminders.cron=-" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Configuration.class)
@Tag("database")
public @interface IntegrationTest {

}
