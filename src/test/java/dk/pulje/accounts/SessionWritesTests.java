package dk.pulje.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
	void aPageThatChangesNothingOfTheSessionDoesNotWaitForAnotherRequestWritingIt() throws Exception {
		assertThat(casework()).as("the first page puts what its forms need in the session").isEqualTo(200);
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement writing = other
				.prepareStatement("select primary_id from spring_session where session_id = ? for update")) {
				writing.setString(1, sessionId());
				writing.executeQuery().close();
			}
			CompletableFuture<Integer> page = CompletableFuture.supplyAsync(this::casework);
			try {
				assertThat(page.get(5, TimeUnit.SECONDS)).isEqualTo(200);
			}
			finally {
				other.rollback();
			}
		}
	}

	private int casework() {
		try {
			return this.browser.get(this.base + "/casework").statusCode();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aPageOpenedAMinuteOrMoreAfterTheLastWrittenAccessWritesItWithTheNewEnd() throws Exception {
		lastUsedEarlierBy(TWO_MINUTES);
		long before = lastAccess();
		long started = System.currentTimeMillis();

		assertThat(this.browser.get(this.base + "/casework").statusCode()).isEqualTo(200);

		long now = lastAccess();
		assertThat(now).isGreaterThan(before).isGreaterThanOrEqualTo(started - 1_000);
		assertThat(expiry() - now).isEqualTo(30 * 60 * 1000L);
	}

	@Test
	void aSessionUnusedForItsTimeHasEnded() throws Exception {
		lastUsedEarlierBy(31 * 60 * 1000L);

		assertThat(this.browser.get(this.base + "/casework").statusCode()).isEqualTo(302);
	}

	/** Moves the session's last access and its end back, as if it had been unused. */
	private void lastUsedEarlierBy(long millis) {
		this.jdbc.sql("""
				update spring_session set last_access_time = last_access_time - :by, expiry_time = expiry_time - :by
				where session_id = :id""").param("by", millis).param("id", sessionId()).update();
	}

	private long lastAccess() {
		return stored("last_access_time");
	}

	private long expiry() {
		return stored("expiry_time");
	}

	/** A time the session's row holds, in milliseconds; the column is one of ours. */
	private long stored(String column) {
		return this.jdbc.sql("select " + column + " from spring_session where session_id = :id")
			.param("id", sessionId())
			.query(Long.class)
			.single();
	}

	/** The session's id, which the cookie carries in Base64. */
	private String sessionId() {
		return new String(Base64.getDecoder().decode(this.browser.session()), StandardCharsets.UTF_8);
	}

}
