package dk.pulje.database;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows read in bulk (on PostgreSQL as COPY's binary rows) read as JDBC reads them, note
 * the tables they come from, and leave the connection fit for the next statement.
 */
@IntegrationTest
class BulkRowsTests {

	/** Rows of every kind of column the ledger reads, the same on H2 and PostgreSQL. */
	private static final String KINDS = """
			select cast(9007199254740993 as bigint), cast(-7 as integer), cast(1 = 1 as boolean),
			       cast('Ærø Kommune' as varchar(40)), cast('2025-12-31 23:30:00.25+00:00' as timestamp with time zone),
			       cast(null as bigint), cast(-2 as smallint)
			union all
			select cast(-1 as bigint), cast(2147483647 as integer), cast(1 = 0 as boolean), cast(null as varchar(40)),
			       cast('1969-12-31 23:59:59+00:00' as timestamp with time zone), cast(5 as bigint), cast(3 as smallint)""";

	private static final String COUNTING = """
			with recursive n (x) as (select 1 union all select x + 1 from n where x < 5000)
			select cast(x as bigint), cast(x * 2 as integer) from n""";

	@Autowired
	BulkRows rows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	@Test
	void everyKindOfColumnReadsAsJdbcReadsIt() {
		List<List<Object>> read = new ArrayList<>();
		this.rows.forEachRow(KINDS,
				row -> read
					.add(List.of(row.getLong(1), row.getInt(2), row.getBoolean(3), String.valueOf(row.getString(4)),
							row.getEpochMicros(5), row.isNull(6), row.getLong(6), row.getInt(7))));

		assertThat(read).hasSize(2);
		long newYear = OffsetDateTime.parse("2025-12-31T23:30:00Z").toEpochSecond() * 1_000_000L + 250_000L;
		assertThat(read.get(0)).containsExactly(9007199254740993L, -7, true, "Ærø Kommune", newYear, true, 0L, -2);
		assertThat(read.get(1)).containsExactly(-1L, Integer.MAX_VALUE, false, "null", -1_000_000L, false, 5L, 3);
	}

	@Test
	void manyRowsComeInTheirOrderInsideATransaction() {
		TransactionTemplate reading = new TransactionTemplate(this.transactions);
		reading.setReadOnly(true);
		List<Long> firsts = new ArrayList<>();
		long[] sum = { 0 };

		Integer after = reading.execute(status -> {
			this.rows.forEachRow(COUNTING, row -> {
				firsts.add(row.getLong(1));
				sum[0] += row.getInt(2);
			});
			return this.jdbc.sql("select cast(1 as integer)").query(Integer.class).single();
		});

		assertThat(firsts).hasSize(5000).startsWith(1L, 2L, 3L).endsWith(5000L);
		assertThat(sum[0]).isEqualTo(5000L * 5001L);
		assertThat(after).as("the connection answers the next statement").isEqualTo(1);
	}

	@Test
	void aReadingLeftPartWayLeavesTheConnectionsFitForUse() {
		for (int attempt = 0; attempt < 12; attempt++) {
			assertThatThrownBy(() -> this.rows.forEachRow(COUNTING, row -> {
				if (row.getLong(1) == 10) {
					throw new IllegalStateException("stopped at the tenth row");
				}
			})).hasMessage("stopped at the tenth row");
		}

		long[] count = { 0 };
		this.rows.forEachRow(COUNTING, row -> count[0]++);
		assertThat(count[0]).isEqualTo(5000);
		assertThat(this.jdbc.sql("select cast(2 as integer)").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void theTablesReadAreNotedForWhatIsKeptFromThem() {
		Api caseworker = Api.asAdministrator(this.port);
		new Fixtures(caseworker).pool();
		caseworker.post("/api/v1/organisations", Map.of("name", Fixtures.unique("Patientforening"), "type",
				"PRIVATE_ORGANISATION", "cvr", Fixtures.cvr()));

		TablesRead.Made<Long> made = TablesRead.noting(() -> {
			long[] pools = { 0 };
			this.rows.forEachRow("select id, programme_id from pool", row -> pools[0]++);
			return pools[0];
		});

		assertThat(made.value()).isPositive();
		assertThat(made.tables()).contains("pool").doesNotContain("organisation");
	}

}
