import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

/**
 * Makes the empty embedded database a new installation starts from: the default H2 database
 * with every migration applied, holding only what the migrations themselves add (the
 * regions and municipalities) and Flyway's history. The build runs this file
 * with Java's source launcher on the application's classpath once the classes are compiled:
 *
 * <pre>
 * java -cp CLASSPATH src/build/EmptyDatabase.java target/classes
 * </pre>
 *
 * It writes {@code db/empty/pulje.mv.db} and {@code db/empty/made-with.properties} (the URL
 * settings, user and a digest of the migrations it was made with) under the classes, so they travel in
 * the jar and on {@code spring-boot:run}'s classpath. Pulje copies the file into place on
 * the first start of the default embedded database ({@code dk.pulje.database.EmptyDatabase}),
 * and Flyway then finds nothing to do. When neither the migrations nor the settings have
 * changed since the last build, the file is left as it is.
 */
public class EmptyDatabase {

	private static final List<String> LOCATIONS = List.of("db/migration", "db/vendor/h2");

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: EmptyDatabase <classes directory>");
		}
		Path classes = Path.of(args[0]).toAbsolutePath();
		Path folder = classes.resolve("db/empty");
		Path database = folder.resolve("pulje.mv.db");
		Path madeWith = folder.resolve("made-with.properties");
		Properties application = read(classes.resolve("application.properties"));
		String url = application.getProperty("spring.datasource.url");
		String user = application.getProperty("spring.datasource.username", "sa");
		String password = application.getProperty("spring.datasource.password", "");
		if (url == null || !url.startsWith("jdbc:h2:file:") || !password.isEmpty()) {
			throw new IllegalStateException("The default database is no longer an H2 file without a password: " + url);
		}
		String settings = url.contains(";") ? url.substring(url.indexOf(';')) : "";
		Properties wanted = new Properties();
		wanted.setProperty("settings", settings);
		wanted.setProperty("user", user);
		wanted.setProperty("migrations", digest(classes));
		if (Files.exists(database) && Files.exists(madeWith) && read(madeWith).equals(wanted)) {
			System.out.println("The empty embedded database is up to date with the migrations");
			return;
		}
		Files.createDirectories(folder);
		Path work = Files.createTempDirectory("pulje-empty-database");
		try {
			String workUrl = "jdbc:h2:file:" + work.resolve("pulje") + settings;
			int applied = Flyway.configure()
				.dataSource(workUrl, user, password)
				.locations(LOCATIONS.stream().map(location -> "classpath:" + location).toArray(String[]::new))
				.load()
				.migrate().migrationsExecuted;
			try (Connection connection = DriverManager.getConnection(workUrl, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown compact");
			}
			Files.move(work.resolve("pulje.mv.db"), database, StandardCopyOption.REPLACE_EXISTING);
			try (var out = Files.newOutputStream(madeWith)) {
				wanted.store(out, "What db/empty/pulje.mv.db was made with; see src/build/EmptyDatabase.java");
			}
			System.out.printf("Made the empty embedded database: %d migrations, %d bytes%n", applied,
					Files.size(database));
		}
		finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** A digest of every migration's name and text: what decides whether the file is current. */
	private static String digest(Path classes) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		int found = 0;
		for (String location : LOCATIONS) {
			Path folder = classes.resolve(location);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.list(folder)) {
				for (Path migration : files.sorted().toList()) {
					digest.update((location + "/" + migration.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
					digest.update(Files.readAllBytes(migration));
					found++;
				}
			}
		}
		if (found == 0) {
			throw new IllegalStateException("No migrations under " + classes);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return properties;
	}

}
