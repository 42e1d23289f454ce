package dk.pulje.accounts;

import java.time.Duration;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How the sessions of people signed in on pages are written.
 * <ul>
 * <li>A session's attributes are upserted, so that two requests of one person at once
 * cannot both insert the same one. Right after signing in, a browser that opens several
 * tabs sends them together; each page puts the CSRF token in the session, and the second
 * insert failed with a duplicate key, and the page with it. The last one wins, which is
 * the same token.</li>
 * <li>When a person was last seen is written at most once a minute. Spring Session
 * otherwise writes it on every request, and every write is a commit that reaches the disk
 * before the answer goes out: on the embedded database, eight people clicking at once
 * waited for each other's writes. The session is written at once when anything else of it
 * changes (a new id when signing in, who is signed in, how long it may stay unused). A
 * session still ends after its time without a request, at most a minute sooner than the
 * last request would say.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

	/** How long after the last access written a later one is written too. */
	static final Duration LAST_ACCESS_WRITTEN_EVERY = Duration.ofMinutes(1);

	/** The statement with that time, in milliseconds, where it names it. */
	private static String withWrittenEvery(String statement) {
		return statement.replace("%WRITTEN_EVERY_MILLIS%", Long.toString(LAST_ACCESS_WRITTEN_EVERY.toMillis()));
	}

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	/**
	 * Spring Session's update of a session, with its values in the same order, made only
	 * when something other than the last access changed, or the last access moved a
	 * minute or more: on PostgreSQL.
	 */
	static final String UPDATE_UNLESS_ONLY_JUST_ACCESSED = withWrittenEvery("""
			MERGE INTO %TABLE_NAME% S
			USING (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT),
			               CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
			    AS N (SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
			ON S.PRIMARY_ID = N.PRIMARY_ID
			WHEN MATCHED AND (S.SESSION_ID <> N.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> N.MAX_INACTIVE_INTERVAL
			    OR S.PRINCIPAL_NAME IS DISTINCT FROM N.PRINCIPAL_NAME
			    OR N.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %WRITTEN_EVERY_MILLIS%) THEN
			UPDATE SET SESSION_ID = N.SESSION_ID, LAST_ACCESS_TIME = N.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = N.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = N.EXPIRY_TIME,
			    PRINCIPAL_NAME = N.PRINCIPAL_NAME""");

	/**
	 * The same on H2, as an update whose condition names the values by their place. H2
	 * locks a row that a {@code MERGE} finds even when its condition leaves it alone, so
	 * each signed-in request wrote a lock to the database file and committed it: under
	 * load the embedded database grew by megabytes a second, and every request of one
	 * person waited for the others' commits.
	 */
	static final String H2_UPDATE_UNLESS_ONLY_JUST_ACCESSED = withWrittenEvery("""
			UPDATE %TABLE_NAME% SET SESSION_ID = ?1, LAST_ACCESS_TIME = ?2, MAX_INACTIVE_INTERVAL = ?3,
			    EXPIRY_TIME = ?4, PRINCIPAL_NAME = ?5
			WHERE PRIMARY_ID = ?6 AND (SESSION_ID <> ?1 OR MAX_INACTIVE_INTERVAL <> ?3
			    OR PRINCIPAL_NAME IS DISTINCT FROM ?5
			    OR CAST(?2 AS BIGINT) - LAST_ACCESS_TIME >= %WRITTEN_EVERY_MILLIS%)""");

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsWrittenSparingly(
			DataSourceProperties properties) {
		String url = properties.getUrl();
		boolean postgreSql = url != null && url.startsWith("jdbc:postgresql:");
		return repository -> {
			if (postgreSql) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
				repository.setUpdateSessionQuery(UPDATE_UNLESS_ONLY_JUST_ACCESSED);
			}
			else {
				repository.setCreateSessionAttributeQuery(H2_UPSERT);
				repository.setUpdateSessionQuery(H2_UPDATE_UNLESS_ONLY_JUST_ACCESSED);
			}
		};
	}

}
