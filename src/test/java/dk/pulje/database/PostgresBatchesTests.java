package dk.pulje.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL URL has its batches of inserts rewritten as statements of many rows,
 * unless it says otherwise; other databases' URLs are left as they are.
 */
class PostgresBatchesTests {

	@Test
	void aPostgresUrlTakesBatchesAsStatementsOfManyRows() {
		assertThat(PostgresBatches.batched("jdbc:postgresql://db:5432/pulje"))
			.isEqualTo("jdbc:postgresql://db:5432/pulje?reWriteBatchedInserts=true");
		assertThat(PostgresBatches.batched("jdbc:postgresql://db/pulje?sslmode=require"))
			.isEqualTo("jdbc:postgresql://db/pulje?sslmode=require&reWriteBatchedInserts=true");
	}

	@Test
	void anOperatorsOwnSettingAndOtherDatabasesAreLeftAlone() {
		assertThat(PostgresBatches.batched("jdbc:postgresql://db/pulje?reWriteBatchedInserts=false"))
			.isEqualTo("jdbc:postgresql://db/pulje?reWriteBatchedInserts=false");
		assertThat(PostgresBatches.batched("jdbc:h2:file:./data/pulje")).isEqualTo("jdbc:h2:file:./data/pulje");
	}

}
