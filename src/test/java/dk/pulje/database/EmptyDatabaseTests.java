package dk.pulje.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new default embedded database starts as the empty one the build made, and only where
 * that is exactly what the migrations would have made.
 */
class EmptyDatabaseTests {

	private static final ClassLoader CLASSES = EmptyDatabaseTests.class.getClassLoader();

	@TempDir
	Path folder;

	@Test
	void aNewDefaultDatabaseStartsAsTheBuildsEmptyOneWithNoMigrationLeftToRun() throws SQLException {
		String url = defaultUrlIn(this.folder);

		assertThat(EmptyDatabase.placeIfNew(url, "sa", "", CLASSES)).isTrue();

		assertThat(this.folder.resolve("pulje.mv.db")).exists();
		assertThat(this.folder).isDirectoryNotContaining("glob:**.part");
		Flyway flyway = Flyway.configure()
			.dataSource(EmbeddedDatabase.durable(url), "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load();
		flyway.validate();
		assertThat(flyway.info().pending()).as("migrations the empty database lacks").isEmpty();
		assertThat(flyway.info().current().getVersion())
			.isEqualTo(flyway.info().all()[flyway.info().all().length - 1].getVersion());
		try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.durable(url), "sa", "")) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			assertThat(jdbc.sql("select organisation_type, count(*) from organisation group by organisation_type")
				.query((row, n) -> row.getString(1) + " " + row.getInt(2))
				.list()).as("what the migrations themselves add")
				.containsExactlyInAnyOrder("MUNICIPALITY 98", "REGION 5");
			assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
			// A check constraint that a session of this process did not make: writes go
			// on
			// after that session is gone (see EmbeddedDatabase's reopening after a
			// migration).
			assertThat(jdbc
				.sql("insert into organisation (name, organisation_type, cvr, demo, version) "
						+ "values ('Forening for sundhed', 'PRIVATE_ORGANISATION', '10150817', false, 0)")
				.update()).isOne();
			jdbc.sql("shutdown").update();
		}
	}

	@Test
	void anyOtherDatabaseIsMigratedAsBefore() throws IOException {
		String url = defaultUrlIn(this.folder);

		assertThat(EmptyDatabase.placeIfNew(url + ";LOCK_TIMEOUT=2000", "sa", "", CLASSES)).as("other settings")
			.isFalse();
		assertThat(EmptyDatabase.placeIfNew(url, "pulje", "", CLASSES)).as("another user").isFalse();
		assertThat(EmptyDatabase.placeIfNew(url, "sa", "hemmeligt", CLASSES)).as("a password").isFalse();
		assertThat(EmptyDatabase.placeIfNew("jdbc:h2:mem:pulje", "sa", "", CLASSES)).as("in memory").isFalse();
		assertThat(EmptyDatabase.placeIfNew("jdbc:postgresql://127.0.0.1/pulje", "pulje", "x", CLASSES))
			.as("PostgreSQL")
			.isFalse();
		assertThat(this.folder).isEmptyDirectory();
	}

	@Test
	void aDatabaseThatIsThereIsNeverReplaced() throws IOException {
		Path existing = this.folder.resolve("pulje.mv.db");
		Files.writeString(existing, "somebody's data");

		assertThat(EmptyDatabase.placeIfNew(defaultUrlIn(this.folder), "sa", "", CLASSES)).isFalse();

		assertThat(existing).hasContent("somebody's data");
	}

	@Test
	void aCopyNeverTakesTheNameOfAFileThatGotThereFirst() throws IOException {
		Path copy = Files.writeString(this.folder.resolve("pulje-empty.part"), "the empty database");
		Path database = Files.writeString(this.folder.resolve("pulje.mv.db"), "what another start wrote");

		assertThat(EmptyDatabase.putInPlace(copy, database)).isFalse();

		assertThat(database).hasContent("what another start wrote");
		Files.delete(database);
		assertThat(EmptyDatabase.putInPlace(copy, database)).isTrue();
		assertThat(database).hasContent("the empty database");
	}

	@Test
	void theFileOfEachKindOfH2Url() {
		assertThat(EmptyDatabase.fileOf("jdbc:h2:file:./data/pulje;MODE=PostgreSQL"))
			.isEqualTo(Path.of("./data/pulje.mv.db"));
		assertThat(EmptyDatabase.fileOf("jdbc:h2:/srv/pulje/db")).isEqualTo(Path.of("/srv/pulje/db.mv.db"));
		assertThat(EmptyDatabase.fileOf("jdbc:h2:~/pulje"))
			.isEqualTo(Path.of(System.getProperty("user.home") + "/pulje.mv.db"));
		assertThat(EmptyDatabase.fileOf("jdbc:h2:mem:pulje")).isNull();
		assertThat(EmptyDatabase.fileOf("jdbc:h2:tcp://db/pulje")).isNull();
		assertThat(EmptyDatabase.fileOf("jdbc:postgresql://db/pulje")).isNull();
	}

	/** The URL Pulje starts with by default, with its file in the folder given. */
	private static String defaultUrlIn(Path folder) {
		Properties application = new Properties();
		try (InputStream in = CLASSES.getResourceAsStream("application.properties")) {
			application.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		String url = application.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/pulje;");
		return url.replace("./data/pulje", folder.resolve("pulje").toString());
	}

}
