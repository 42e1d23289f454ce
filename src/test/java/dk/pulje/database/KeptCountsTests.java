package dk.pulje.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many a list found in all is counted again only when what it counts changes: a
 * change to other tables leaves the count, and a change to its own is counted by the next
 * request.
 */
@IntegrationTest
class KeptCountsTests {

	private static final LocalDateTime OPENS = LocalDateTime.of(2031, 2, 3, 9, 0);

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	private Api caseworker;

	private Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.caseworker = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.caseworker);
	}

	@Test
	void aCountIsKeptThroughOtherChangesAndCountedAgainAfterItsOwn() throws Exception {
		long pool = this.fixtures.pool();
		long other = this.fixtures.pool();
		this.fixtures.call(pool, "1000.00", OPENS, OPENS.plusDays(10));
		long moved = this.fixtures.call(pool, "1000.00", OPENS.plusDays(20), OPENS.plusDays(30));
		long counted = total(pool);
		// Behind Pulje's back, so nothing is recorded as changed: only a count made again
		// sees it.
		moveWithoutPulje(moved, other);

		this.caseworker.post("/api/v1/organisations", Map.of("name", Fixtures.unique("Patientforening"), "type",
				"PRIVATE_ORGANISATION", "cvr", Fixtures.cvr()));
		long afterOtherChange = total(pool);
		this.fixtures.call(pool, "1000.00", OPENS.plusDays(40), OPENS.plusDays(50));
		this.fixtures.call(pool, "1000.00", OPENS.plusDays(60), OPENS.plusDays(70));
		long afterOwnChange = total(pool);

		assertThat(counted).isEqualTo(2);
		assertThat(afterOtherChange).as("kept through a change to the organisations").isEqualTo(2);
		assertThat(afterOwnChange).as("counted again after calls were posted").isEqualTo(3);
		assertThat(this.caseworker.get("/api/v1/calls?poolId=" + pool).body().path("items").size()).isEqualTo(3);
	}

	private long total(long pool) {
		return this.caseworker.get("/api/v1/calls?poolId=" + pool).body().path("totalItems").asLong();
	}

	private void moveWithoutPulje(long call, long pool) throws Exception {
		try (Connection own = DriverManager.getConnection(this.environment.getProperty("spring.datasource.url"),
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password", ""));
				PreparedStatement move = own.prepareStatement("update pool_call set pool_id = ? where id = ?")) {
			move.setLong(1, pool);
			move.setLong(2, call);
			assertThat(move.executeUpdate()).isEqualTo(1);
		}
	}

}
