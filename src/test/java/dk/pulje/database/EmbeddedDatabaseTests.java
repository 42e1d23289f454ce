package dk.pulje.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which URLs get the durable settings, and that a setting the operator chose is kept. */
class EmbeddedDatabaseTests {

	@Test
	void aFileDatabaseIsMadeDurableAndKeptOpen() {
		assertThat(EmbeddedDatabase.durable("jdbc:h2:file:./data/pulje;MODE=PostgreSQL")).isEqualTo(
				"jdbc:h2:file:./data/pulje;MODE=PostgreSQL;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4");
		assertThat(EmbeddedDatabase.durable("jdbc:h2:./data/pulje")).contains(";WRITE_DELAY=0");
	}

	@Test
	void aSettingTheOperatorChoseIsKept() {
		assertThat(EmbeddedDatabase.durable("jdbc:h2:file:/srv/pulje;trace_level_file=1"))
			.contains(";trace_level_file=1")
			.doesNotContain("TRACE_LEVEL_FILE=4");
	}

	@Test
	void otherDatabasesAreLeftAsTheyAre() {
		assertThat(EmbeddedDatabase.durable("jdbc:h2:mem:pulje;DB_CLOSE_DELAY=-1"))
			.isEqualTo("jdbc:h2:mem:pulje;DB_CLOSE_DELAY=-1");
		assertThat(EmbeddedDatabase.durable("jdbc:postgresql://db/pulje")).isEqualTo("jdbc:postgresql://db/pulje");
		assertThat(EmbeddedDatabase.durable("jdbc:h2:tcp://db/pulje")).isEqualTo("jdbc:h2:tcp://db/pulje");
	}

}
