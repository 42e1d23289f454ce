package dk.pulje.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps taking writes after the pool has retired the connection its
 * migrations ran on, as it does every 30 minutes. H2 compares a check constraint's list
 * ({@code organisation_type in (...)}) through the session that created it; the database
 * is reopened after migrating, so that its own session holds them.
 */
class ConstraintSessionTests {

	@TempDir
	Path folder;

	@Test
	void aFreshlyMigratedDatabaseTakesWritesAfterEveryConnectionIsRetired() {
		try (HikariDataSource pool = pool()) {
			int applied = Flyway.configure()
				.dataSource(pool)
				.locations("classpath:db/migration")
				.load()
				.migrate().migrationsExecuted;
			EmbeddedDatabase.reopen(pool);

			retireEveryConnection(pool);

			assertThat(applied).isPositive();
			assertThat(insertOrganisation(pool)).isEqualTo(1);
		}
	}

	/**
	 * What the reopening guards against, as H2 does it: a check constraint with a list,
	 * created on a connection as a migration creates one, fails every write once that
	 * connection is retired.
	 */
	@Test
	void withoutReopeningAWriteFailsOnceTheConnectionThatCreatedTheConstraintIsRetired() {
		try (HikariDataSource pool = pool()) {
			Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
			JdbcClient.create(pool)
				.sql("create table constraint_probe (kind varchar(20) not null, "
						+ "constraint constraint_probe_kind check (kind in ('FIRST', 'REPOST')))")
				.update();

			retireEveryConnection(pool);

			Assertions.assertThatThrownBy(
					() -> JdbcClient.create(pool).sql("insert into constraint_probe (kind) values ('FIRST')").update())
				.hasStackTraceContaining("The database has been closed");
		}
	}

	private HikariDataSource pool() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(EmbeddedDatabase.durable("jdbc:h2:file:" + this.folder.resolve("pulje")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
		pool.setUsername("sa");
		pool.setMaximumPoolSize(2);
		return pool;
	}

	/**
	 * What the pool does to each connection when its lifetime is up, and then waits until
	 * H2 has ended their sessions: the pool closes retired connections on a thread of its
	 * own, so a write straight after may still reach the database while they are open.
	 */
	private static void retireEveryConnection(HikariDataSource pool) {
		Set<Long> before = sessions(pool);
		pool.getHikariPoolMXBean().softEvictConnections();
		long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (sessions(pool).stream().anyMatch(before::contains)) {
			assertThat(System.nanoTime()).as("the retired connections' sessions ended").isLessThan(giveUp);
			Thread.onSpinWait();
		}
	}

	private static Set<Long> sessions(HikariDataSource pool) {
		return Set.copyOf(JdbcClient.create(pool)
			.sql("select session_id from information_schema.sessions")
			.query(Long.class)
			.list());
	}

	private static int insertOrganisation(HikariDataSource pool) {
		return JdbcClient.create(pool)
			.sql("insert into organisation (name, organisation_type, cvr, demo, version) values (?, ?, ?, false, 0)")
			.params(List.of("Forening for sundhed", "PRIVATE_ORGANISATION", "10150817"))
			.update();
	}

}
