package dk.pulje.database;

import java.nio.file.Path;
import java.time.Clock;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health check tells a database that reads but refuses writes from a healthy one,
 * where asking the database a question (Spring Boot's own check) cannot.
 */
class DatabaseWritesTests {

	@TempDir
	Path folder;

	@Test
	void aDatabaseThatTakesWritesIsUp() {
		JdbcDataSource database = database("");
		createLivenessRow(database);

		assertThat(new DatabaseWrites(database, Clock.systemUTC()).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aDatabaseThatStillAnswersReadsButRefusesWritesIsDown() {
		createLivenessRow(database(""));
		JdbcDataSource readOnly = database(";ACCESS_MODE_DATA=r");

		assertThat(new DataSourceHealthIndicator(readOnly, "select 1").health().getStatus()).isEqualTo(Status.UP);
		assertThat(new DatabaseWrites(readOnly, Clock.systemUTC()).health().getStatus()).isEqualTo(Status.DOWN);
	}

	private JdbcDataSource database(String settings) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + this.folder.resolve("pulje") + ";MODE=PostgreSQL" + settings);
		return dataSource;
	}

	private static void createLivenessRow(JdbcDataSource database) {
		JdbcClient jdbc = JdbcClient.create(database);
		jdbc.sql("create table database_liveness (id integer primary key, checked_at timestamp with time zone)")
			.update();
		jdbc.sql("insert into database_liveness values (1, current_timestamp)").update();
	}

}
