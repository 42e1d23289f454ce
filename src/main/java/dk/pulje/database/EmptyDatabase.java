package dk.pulje.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The empty embedded database the build makes ({@code src/build/EmptyDatabase.java}): the
 * default H2 database with every migration applied, holding only what the migrations
 * themselves add (the regions and municipalities). A first start of the default embedded
 * database copies it into place instead of running all the migrations, which took about a
 * sixth of that start; Flyway then checks the history it holds against the migrations, as
 * on every start, and applies any that are newer.
 * <p>
 * The copy is used only where it is exactly what the migrations would make: when the
 * database has no file yet, and the URL's settings and the user are those the build made
 * it with (H2 keeps some settings, and its administrator, in the file). Any other URL,
 * and PostgreSQL, are migrated as before.
 */
final class EmptyDatabase {

	static final String FILE = "db/empty/pulje.mv.db";

	static final String MADE_WITH = "db/empty/made-with.properties";

	private static final Logger log = LoggerFactory.getLogger(EmptyDatabase.class);

	private EmptyDatabase() {
	}

	/**
	 * Copies the build's empty database to where the URL keeps its file, when nothing is
	 * there yet and the URL, user and password are those it was made with.
	 * @return whether it was copied
	 */
	static boolean placeIfNew(String url, @Nullable String user, @Nullable String password, ClassLoader classes) {
		Path file = fileOf(url);
		if (file == null || Files.exists(file) || Files.exists(legacyFileOf(file))) {
			return false;
		}
		Properties madeWith = madeWith(classes);
		if (madeWith == null || !fits(url, user, password, madeWith)) {
			return false;
		}
		try (InputStream empty = classes.getResourceAsStream(FILE)) {
			if (empty == null) {
				return false;
			}
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			// Written beside it and then linked into place, so that a start killed while
			// copying leaves no half a database, and a second Pulje starting in the same
			// folder at the same moment never replaces the file the first one has opened.
			Path partial = Files.createTempFile(folder, "pulje-empty", ".part");
			try {
				Files.copy(empty, partial, StandardCopyOption.REPLACE_EXISTING);
				if (!putInPlace(partial, file)) {
					return false;
				}
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The new embedded database could not be made at " + file, ex);
		}
		log.info("Made the new embedded database {} from the schema the build migrated", file);
		return true;
	}

	/**
	 * Gives the copy the database's name unless a file already has it: a hard link, which
	 * fails when the name is taken, or where the file system has none, a move that does
	 * not replace.
	 * @return false when another file took the name first
	 */
	static boolean putInPlace(Path copy, Path file) throws IOException {
		try {
			Files.createLink(file, copy);
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			try {
				Files.move(copy, file);
			}
			catch (FileAlreadyExistsException taken) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The file H2 keeps a file database in, for a URL of one; null for any other URL.
	 */
	static @Nullable Path fileOf(String url) {
		if (!EmbeddedDatabase.isH2File(url)) {
			return null;
		}
		String location = url.substring("jdbc:h2:".length());
		if (location.startsWith("file:")) {
			location = location.substring("file:".length());
		}
		location = location.substring(0, location.length() - settingsOf(location).length());
		if (location.startsWith("~")) {
			location = System.getProperty("user.home") + location.substring(1);
		}
		return location.isEmpty() ? null : Path.of(location + ".mv.db");
	}

	/**
	 * H2 1.x's page store, which H2 2 no longer opens but which is still somebody's data.
	 */
	private static Path legacyFileOf(Path file) {
		String name = file.getFileName().toString();
		return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + ".h2.db");
	}

	private static boolean fits(String url, @Nullable String user, @Nullable String password, Properties madeWith) {
		String madeUser = madeWith.getProperty("user", "");
		return settingsOf(url).equals(madeWith.getProperty("settings"))
				&& madeUser.equalsIgnoreCase(user == null || user.isEmpty() ? "sa" : user)
				&& (password == null || password.isEmpty());
	}

	/**
	 * The settings a URL adds after its database, from the first {@code ;}; empty if
	 * none.
	 */
	private static String settingsOf(String url) {
		int settings = url.indexOf(';');
		return settings < 0 ? "" : url.substring(settings);
	}

	private static @Nullable Properties madeWith(ClassLoader classes) {
		try (InputStream in = classes.getResourceAsStream(MADE_WITH)) {
			if (in == null) {
				return null;
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
