package dk.pulje.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person's session is written when it changes, and when they were last seen
 * at most once a minute: the pages they open meanwhile write nothing, and the session
 * still ends on time.
 */
@IntegrationTest
class SessionWritesTests {

	private static final long TWO_MINUTES = 120_000;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private JdbcClient jdbc;

	private final SessionClient browser = new SessionClient();

	private String base;

	@BeforeEach
	void signIn() throws Exception {
		this.jdbc = JdbcClient.create(this.dataSource);
		this.base = "http://localhost:" + this.port;
		assertThat(this.browser.signIn(this.base, "admin", TestDatabase.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
	}

	@Test
	void pagesOpenedWithinAMinuteOfTheLastWrittenAccessWriteNothing() throws Exception {
		long written = lastAccess();

		assertThat(this.browser.get(this.base + "/casework").statusCode()).isEqualTo(200);
		assertThat(this.browser.get(this.base + "/dashboard").statusCode()).isEqualTo(200);

		assertThat(lastAccess()).isEqualTo(written);
	}

	@Test
	void aPageOpenedAMinuteOrMoreAfterTheLastWrittenAccessWritesItWithTheNewEnd() throws Exception {
		this.jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :by, expiry_time = expiry_time - :by
				where session_id = :id""").param("by", TWO_MINUTES).param("id", sessionId()).update();
		long before = lastAccess();
		long started = System.currentTimeMillis();

		assertThat(this.browser.get(this.base + "/casework").statusCode()).isEqualTo(200);

		long now = lastAccess();
		assertThat(now).isGreaterThan(before).isGreaterThanOrEqualTo(started - 1_000);
		assertThat(expiry() - now).isEqualTo(30 * 60 * 1000L);
	}

	@Test
	void aSessionUnusedForItsTimeHasEnded() throws Exception {
		long thirtyOneMinutes = 31 * 60 * 1000L;
		this.jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :by, expiry_time = expiry_time - :by
				where session_id = :id""").param("by", thirtyOneMinutes).param("id", sessionId()).update();

		assertThat(this.browser.get(this.base + "/casework").statusCode()).isEqualTo(302);
	}

	private long lastAccess() {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", sessionId())
			.query(Long.class)
			.single();
	}

	private long expiry() {
		return this.jdbc.sql("select expiry_time from spring_session where session_id = :id")
			.param("id", sessionId())
			.query(Long.class)
			.single();
	}

	/** The session's id, which the cookie carries in Base64. */
	private String sessionId() {
		return new String(Base64.getDecoder().decode(this.browser.session()), StandardCharsets.UTF_8);
	}

}
