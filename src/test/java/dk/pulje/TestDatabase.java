package dk.pulje;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application at its database. {@code pulje.test.database=postgresql}
 * (set by the build when {@code PULJE_TEST_POSTGRES_URL} is) selects PostgreSQL, and then
 * the URL must be reachable: a test never falls back to H2 for want of the real engine.
 * Otherwise an in-memory H2 database named by {@code pulje.test.db-name}. The
 * administrator's password is made afresh for each test run.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ADMIN_PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("pulje.admin.initial-password", ADMIN_PASSWORD);
		if (onPostgresql()) {
			String url = System.getenv("PULJE_TEST_POSTGRES_URL");
			if (url == null || url.isBlank()) {
				throw new IllegalStateException("pulje.test.database=postgresql needs PULJE_TEST_POSTGRES_URL");
			}
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", env("PULJE_TEST_POSTGRES_USER", "postgres"));
			properties.put("spring.datasource.password", env("PULJE_TEST_POSTGRES_PASSWORD", ""));
		}
		else {
			String name = context.getEnvironment().getProperty("pulje.test.db-name", "pulje");
			properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("pulje-test-database", properties));
	}

	/**
	 * Changes rows behind Pulje's back, on a connection of the test's own: no data
	 * version is raised and no table recorded as changed, so only an answer made again
	 * shows the change. The number of rows changed.
	 */
	public static int changeWithoutPulje(Environment environment, String sql, Object... parameters)
			throws SQLException {
		try (Connection own = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""));
				PreparedStatement change = own.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				change.setObject(i + 1, parameters[i]);
			}
			return change.executeUpdate();
		}
	}

	public static boolean onPostgresql() {
		return "postgresql".equals(System.getProperty("pulje.test.database"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
