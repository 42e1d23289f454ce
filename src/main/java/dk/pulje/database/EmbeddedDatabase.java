package dk.pulje.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded H2 database, made to keep the promise PostgreSQL keeps: a confirmed write
 * is on disk.
 * <ul>
 * <li>{@code WRITE_DELAY=0}: H2 otherwise writes committed changes to its file up to half
 * a second later, so a process killed in that half second loses writes it has already
 * confirmed. With no delay each commit is written to the file before the commit returns,
 * so it survives the process (and it is in the operating system's hands, which is what
 * {@code fsync}-less PostgreSQL setups promise too).</li>
 * <li>{@code DB_CLOSE_DELAY=-1}: H2 otherwise closes a database the moment its last
 * connection closes, and the pool opens and retires connections on its own schedule (each
 * lives 30 minutes). A connection that reaches a database while it is closing answers
 * "The database has been closed" to every write after. The database now stays open until
 * the application stops, and is closed here, after the last request and before the
 * pool.</li>
 * <li>{@code TRACE_LEVEL_FILE=4}: H2's own errors (a store that fails, a file that cannot
 * be written) go to the application log under {@code h2database} instead of a trace file
 * nobody reads.</li>
 * </ul>
 * The settings are added to whatever H2 file URL is configured, so that an operator's own
 * URL keeps them too.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedDatabase {

	/**
	 * The settings a file database needs, in the order they are added; a setting the URL
	 * names is kept as named.
	 */
	static final Map<String, String> DURABLE = durableSettings();

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/**
	 * The URL with the durable settings added, when it names an H2 database kept in
	 * files; any other as it is.
	 */
	public static String durable(String url) {
		if (!isH2File(url)) {
			return url;
		}
		StringBuilder durable = new StringBuilder(url);
		String upper = url.toUpperCase(Locale.ROOT);
		DURABLE.forEach((setting, value) -> {
			if (!upper.contains(";" + setting + "=")) {
				durable.append(';').append(setting).append('=').append(value);
			}
		});
		return durable.toString();
	}

	static boolean isH2File(@Nullable String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return false;
		}
		String location = url.substring("jdbc:h2:".length());
		return !location.startsWith("mem:") && !location.startsWith("tcp:") && !location.startsWith("ssl:");
	}

	/**
	 * Before the pool opens the database: a new default embedded database starts as the
	 * build's empty one ({@link EmptyDatabase}), and every file database gets the durable
	 * settings.
	 */
	@Bean
	static BeanPostProcessor newAndDurableEmbeddedDatabase() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
					EmptyDatabase.placeIfNew(properties.getUrl(), properties.getUsername(), properties.getPassword(),
							EmbeddedDatabase.class.getClassLoader());
					properties.setUrl(durable(properties.getUrl()));
				}
				return bean;
			}
		};
	}

	/**
	 * Migrates, and then, on an embedded file database that a migration changed, closes
	 * and reopens it. H2 keeps in each check constraint of the form
	 * {@code x in ('A', 'B')} the session that created it, and compares through that
	 * session: once the pool retires the connection the migrations ran on (after 30
	 * minutes), every insert into those tables fails with "The database has been closed"
	 * while reads go on. A database that H2 opens itself reads its constraints with its
	 * own session, which lives as long as the database.
	 */
	@Bean
	FlywayMigrationStrategy migrateThenReopenEmbeddedDatabase(DataSourceProperties properties, DataSource dataSource) {
		return flyway -> {
			int applied = flyway.migrate().migrationsExecuted;
			if (applied > 0 && isH2File(properties.getUrl())) {
				reopen(dataSource);
				log.info("Reopened the embedded database after migrating it");
			}
		};
	}

	/**
	 * Closes the embedded database and retires every pooled connection to it; the pool
	 * opens it again when it is next asked for a connection.
	 */
	static void reopen(DataSource dataSource) {
		shutdown(dataSource);
		if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
			pool.getHikariPoolMXBean().softEvictConnections();
		}
	}

	/**
	 * Closes the database through a connection of its own, outside the pool: a pooled
	 * connection that closed the database would be reset on its way back, and H2 would
	 * log that as an error.
	 */
	private static void shutdown(DataSource dataSource) {
		if (!(dataSource instanceof HikariDataSource pool)) {
			JdbcClient.create(dataSource).sql("shutdown").update();
			return;
		}
		try (Connection own = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
				Statement statement = own.createStatement()) {
			statement.execute("shutdown");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The embedded database could not be closed", ex);
		}
	}

	@Bean
	Shutdown embeddedDatabaseShutdown(DataSourceProperties properties, DataSource dataSource) {
		return new Shutdown(isH2File(properties.getUrl()), () -> shutdown(dataSource));
	}

	/**
	 * Closes the embedded database when the application stops: the database depends on
	 * this bean, so this runs before the connection pool closes, and H2 writes its last
	 * state and compacts the file cleanly.
	 */
	static final class Shutdown implements DisposableBean {

		private final boolean embedded;

		private final Runnable close;

		Shutdown(boolean embedded, Runnable close) {
			this.embedded = embedded;
			this.close = close;
		}

		@Override
		public void destroy() {
			if (!this.embedded) {
				return;
			}
			try {
				this.close.run();
				log.info("The embedded database was closed");
			}
			catch (RuntimeException ex) {
				log.warn("The embedded database could not be closed cleanly; H2 recovers it on the next start", ex);
			}
		}

	}

	private static Map<String, String> durableSettings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("WRITE_DELAY", "0");
		settings.put("DB_CLOSE_DELAY", "-1");
		settings.put("DB_CLOSE_ON_EXIT", "FALSE");
		settings.put("TRACE_LEVEL_FILE", "4");
		return settings;
	}

}
