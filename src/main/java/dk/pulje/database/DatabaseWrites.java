package dk.pulje.database;

import java.time.Clock;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health that says DOWN when the database no longer takes writes. Asking the database a
 * question is not enough: an embedded database whose store has failed goes on answering
 * reads while it refuses every write, and an operator must see that before the applicants
 * do. Each check writes one row, the same row each time.
 */
@Component("databaseWrites")
class DatabaseWrites implements HealthIndicator {

	private final JdbcClient jdbc;

	private final Clock clock;

	DatabaseWrites(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public Health health() {
		try {
			int rows = this.jdbc.sql("update database_liveness set checked_at = ? where id = 1")
				.param(OffsetDateTime.now(this.clock))
				.update();
			return rows == 1 ? Health.up().build()
					: Health.down().withDetail("reason", "the liveness row is missing").build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

}
