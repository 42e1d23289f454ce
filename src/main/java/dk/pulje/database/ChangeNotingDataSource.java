package dk.pulje.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connections the pool opens, as they are, except that a committed change raises the
 * number in {@code data_version}, and records in {@code table_change} which tables it
 * changed, at that number. Every way of writing goes through here (Spring Data,
 * {@code JdbcClient}, batches, an import on its own thread), so no change can be missed
 * by a service that forgot to say so. A statement counts as a change unless it writes
 * only to tables no public read shows: sessions, tokens, accounts, the history, the
 * health check and the import's progress. A change that also wrote to those records them
 * too, so that what reads the history sees it.
 * <p>
 * The statements given on a thread that notes what it reads ({@link TablesRead}) are
 * noted there by the tables they name.
 */
final class ChangeNotingDataSource extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(ChangeNotingDataSource.class);

	static final String RAISE = "update data_version set version = version + 1 where id = 1";

	/** Stands for every table, when a change's tables cannot be told from its words. */
	static final String EVERY_TABLE = "*";

	private static final Set<String> UNSEEN = Set.of("spring_session", "spring_session_attributes", "access_token",
			"account", "audit_entry", "database_liveness", "data_version", "table_change", "flyway_schema_history",
			"grant_import");

	/**
	 * The tables whose changes alone are not recorded, though they may be read: what is
	 * read from them is never kept. The history is written with the change it records,
	 * and the numbers themselves are read to know what changed, so neither is among them.
	 */
	private static final Set<String> UNTRACKED = Set.of("spring_session", "spring_session_attributes", "access_token",
			"account", "database_liveness", "grant_import");

	private static final String WRITE = "(?:insert\\s+into|merge\\s+into|update|delete\\s+from|truncate\\s+table|truncate)\\s+(?:only\\s+)?\"?(?:\\w+\"?\\.\"?)?(\\w+)";

	private static final Pattern TARGET = Pattern.compile("^" + WRITE);

	private static final Pattern ANY_TARGET = Pattern.compile("\\b" + WRITE);

	private static final Pattern WRITING_WITH = Pattern
		.compile("\\b(?:insert\\s+into|delete\\s+from|update\\s+\\S+\\s+set|merge\\s+into)\\b");

	private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*");

	/**
	 * A statement that reads or writes only the rows of one part of a table says so in a
	 * leading comment, {@code /* audit_entry/pool *}{@code /}: what reads one record's
	 * history is then kept through changes to other records' histories.
	 */
	private static final Pattern PART = Pattern.compile("/\\*\\s*(\\w+)/(\\w+)\\s*\\*/");

	private static final int REMEMBERED = 5_000;

	private static final Map<String, Sql> classified = new ConcurrentHashMap<>();

	private volatile Runnable changed = () -> {
	};

	private volatile boolean ready;

	private volatile @Nullable Set<String> tables;

	ChangeNotingDataSource(DataSource target) {
		super(target);
	}

	/**
	 * What a statement does to the data: the tables it writes to (every table, when it
	 * changes something that cannot be told), whether that is a change the public may
	 * see, and the words it is made of, among them the tables it reads.
	 */
	record Sql(Set<String> writes, boolean changes, Set<String> words) {

		/**
		 * The statement touches only this part of the table: a write changes the part
		 * too, and a read reads only the part.
		 */
		Sql ofPart(String table, String part) {
			String named = table + "/" + part;
			Set<String> writes = new HashSet<>(this.writes);
			if (writes.remove(table)) {
				writes.add(named);
			}
			Set<String> words = new HashSet<>(this.words);
			if (words.remove(table)) {
				words.add(named);
			}
			return new Sql(Set.copyOf(writes), this.changes, Set.copyOf(words));
		}

		Sql and(Sql other) {
			Set<String> writes = new HashSet<>(this.writes);
			writes.addAll(other.writes);
			Set<String> words = new HashSet<>(this.words);
			words.addAll(other.words);
			return new Sql(Set.copyOf(writes), this.changes || other.changes, Set.copyOf(words));
		}

	}

	private static final Sql NOTHING = new Sql(Set.of(), false, Set.of());

	/**
	 * Whether a change to any of these tables is recorded, so that what read them may be
	 * kept.
	 */
	static boolean tracked(Set<String> tables) {
		for (String table : tables) {
			if (UNTRACKED.contains(table)) {
				return false;
			}
		}
		return true;
	}

	/** What to do after a change is committed and the number raised. */
	void onChange(Runnable changed) {
		this.changed = changed;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return noting(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return noting(obtainTargetDataSource().getConnection(username, password));
	}

	/** Whether the statement may change what a public read shows. */
	static boolean changes(String sql) {
		return classified(sql).changes();
	}

	/** The tables the statement writes to. */
	static Set<String> writes(String sql) {
		return classified(sql).writes();
	}

	static Sql classified(String sql) {
		Sql known = classified.get(sql);
		if (known != null) {
			return known;
		}
		Sql sorted = classify(sql);
		if (classified.size() < REMEMBERED) {
			classified.put(sql, sorted);
		}
		return sorted;
	}

	private static Sql classify(String sql) {
		@Nullable Sql whole = null;
		// Some callers give several statements at once.
		for (String statement : sql.split(";")) {
			Sql one = classifyOne(withoutLeadingComments(statement).toLowerCase(Locale.ROOT));
			Matcher part = PART.matcher(statement.strip().toLowerCase(Locale.ROOT));
			one = part.lookingAt() ? one.ofPart(part.group(1), part.group(2)) : one;
			whole = whole == null ? one : whole.and(one);
		}
		return whole == null ? NOTHING : whole;
	}

	private static Sql classifyOne(String statement) {
		Set<String> words = new HashSet<>();
		Matcher word = WORD.matcher(statement);
		while (word.find()) {
			words.add(word.group());
		}
		Set<String> writes = new TreeSet<>();
		boolean changes;
		if (statement.startsWith("with")) {
			changes = WRITING_WITH.matcher(statement).find();
			if (changes) {
				Matcher target = ANY_TARGET.matcher(statement);
				while (target.find()) {
					writes.add(target.group(1));
				}
			}
		}
		else {
			Matcher target = TARGET.matcher(statement);
			changes = false;
			if (target.find()) {
				writes.add(target.group(1));
				changes = !UNSEEN.contains(target.group(1));
			}
		}
		if (changes && writes.isEmpty()) {
			writes.add(EVERY_TABLE);
		}
		return new Sql(Set.copyOf(writes), changes, Set.copyOf(words));
	}

	private static String withoutLeadingComments(String sql) {
		String rest = sql.strip();
		while (rest.startsWith("--") || rest.startsWith("/*")) {
			int end = rest.startsWith("--") ? rest.indexOf('\n') : rest.indexOf("*/");
			if (end < 0) {
				return "";
			}
			rest = rest.substring(end + (rest.startsWith("--") ? 1 : 2)).strip();
		}
		return rest;
	}

	private Connection noting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				new NotingConnection(connection));
	}

	/**
	 * Notes the tables the statement names, for the work on this thread that is noting.
	 */
	private void noteRead(Connection connection, Sql sql) {
		if (!TablesRead.active()) {
			return;
		}
		Set<String> known = tables(connection);
		if (known.isEmpty()) {
			TablesRead.note(sql.words());
			return;
		}
		Set<String> named = new HashSet<>();
		for (String word : sql.words()) {
			int part = word.indexOf('/');
			if (known.contains(part < 0 ? word : word.substring(0, part))) {
				named.add(word);
			}
		}
		TablesRead.note(named);
	}

	/** The tables of the database, read once; none if they cannot be read. */
	private Set<String> tables(Connection connection) {
		Set<String> known = this.tables;
		if (known != null) {
			return known;
		}
		Set<String> found = new HashSet<>();
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE", "VIEW" })) {
			while (tables.next()) {
				found.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		catch (SQLException ex) {
			log.debug("Could not list the tables; every word of a statement counts as a table read", ex);
			return Set.of();
		}
		known = Set.copyOf(found);
		if (known.contains("table_change")) {
			this.tables = known;
		}
		return known;
	}

	/**
	 * Raises the number on the connection that committed the change, and records the
	 * tables changed at the new number, in a transaction of its own. The change itself is
	 * already committed, so a failure here is logged and the other nodes see the change
	 * when the next one is committed.
	 */
	private void raise(Connection connection, Collection<String> changedTables) {
		if (!this.ready && !hasTable(connection, "data_version")) {
			// The migrations are still making the tables; nothing has been read yet.
			return;
		}
		boolean recordTables = this.ready || hasTable(connection, "table_change");
		try {
			boolean autoCommit = connection.getAutoCommit();
			if (autoCommit) {
				connection.setAutoCommit(false);
			}
			try {
				long version = raiseVersion(connection);
				if (recordTables) {
					record(connection, changedTables, version);
				}
				connection.commit();
				this.ready = recordTables;
			}
			finally {
				if (autoCommit) {
					connection.setAutoCommit(true);
				}
			}
		}
		catch (SQLException ex) {
			rollBackQuietly(connection);
			log.warn("A change was committed, but the data version could not be raised: {}", ex.getMessage());
		}
		this.changed.run();
	}

	private static long raiseVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(RAISE);
			try (ResultSet version = statement.executeQuery("select version from data_version where id = 1")) {
				version.next();
				return version.getLong(1);
			}
		}
	}

	private static void record(Connection connection, Collection<String> changedTables, long version)
			throws SQLException {
		List<String> tables = List.copyOf(changedTables);
		String names = String.join(", ", Collections.nCopies(tables.size(), "?"));
		try (PreparedStatement update = connection
			.prepareStatement("update table_change set version = ? where name in (" + names + ")")) {
			update.setLong(1, version);
			for (int i = 0; i < tables.size(); i++) {
				update.setString(i + 2, tables.get(i));
			}
			if (update.executeUpdate() == tables.size()) {
				return;
			}
		}
		// The first change to a table; the number's row lock keeps two changes from
		// adding
		// the same one.
		Set<String> missing = new HashSet<>(tables);
		try (PreparedStatement known = connection
			.prepareStatement("select name from table_change where name in (" + names + ")")) {
			for (int i = 0; i < tables.size(); i++) {
				known.setString(i + 1, tables.get(i));
			}
			try (ResultSet rows = known.executeQuery()) {
				while (rows.next()) {
					missing.remove(rows.getString(1));
				}
			}
		}
		try (PreparedStatement insert = connection
			.prepareStatement("insert into table_change (name, version) values (?, ?)")) {
			for (String table : missing) {
				insert.setString(1, table);
				insert.setLong(2, version);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** Calls the driver's own method, throwing what it throws. */
	private static @Nullable Object call(Object target, Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static boolean hasTable(Connection connection, String name) {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
			return tables.next();
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void rollBackQuietly(Connection connection) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			log.debug("Could not roll back after a failed version raise", ex);
		}
	}

	private final class NotingConnection implements InvocationHandler {

		private final Connection target;

		private final Set<String> written = new HashSet<>();

		private boolean changed;

		NotingConnection(Connection target) {
			this.target = target;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			String name = method.getName();
			Object result = call(this.target, method, args);
			Object first = args != null && args.length > 0 ? args[0] : null;
			switch (name) {
				case "prepareStatement", "prepareCall" -> {
					if (first instanceof String text && result instanceof Statement statement) {
						Sql sql = classified(text);
						noteRead(this.target, sql);
						return sql.writes().isEmpty() ? result : statement(statement, sql);
					}
				}
				case "createStatement" -> {
					return result instanceof Statement statement ? statement(statement, null) : result;
				}
				case "commit" -> committed();
				case "setAutoCommit" -> {
					if (Boolean.TRUE.equals(first)) {
						committed();
					}
				}
				case "rollback" -> {
					if (args == null || args.length == 0) {
						forget();
					}
				}
				case "close" -> forget();
				default -> {
				}
			}
			return result;
		}

		private void forget() {
			this.changed = false;
			this.written.clear();
		}

		private void committed() {
			if (this.changed) {
				Set<String> tables = Set.copyOf(this.written);
				forget();
				raise(this.target, tables);
			}
			forget();
		}

		private void executed(Sql sql) throws SQLException {
			if (sql.writes().isEmpty()) {
				return;
			}
			if (this.target.getAutoCommit()) {
				if (sql.changes()) {
					raise(this.target, sql.writes());
				}
			}
			else {
				this.written.addAll(sql.writes());
				this.changed = this.changed || sql.changes();
			}
		}

		/**
		 * A prepared statement is known by the words it is prepared with; a plain one by
		 * the words each execution is given.
		 */
		private Statement statement(Statement statement, @Nullable Sql prepared) {
			Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			Sql[] batch = { NOTHING };
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				Object text = args != null && args.length > 0 ? args[0] : null;
				Sql given = prepared == null && text instanceof String sql ? classified(sql) : null;
				if (given != null) {
					noteRead(this.target, given);
				}
				Object result = call(statement, method, args);
				if (name.equals("addBatch") && given != null) {
					batch[0] = batch[0].and(given);
				}
				else if (name.startsWith("execute")) {
					Sql executed = prepared != null ? prepared
							: given != null ? given : name.contains("Batch") ? batch[0] : NOTHING;
					if (name.contains("Batch")) {
						batch[0] = NOTHING;
					}
					executed(executed);
				}
				return result;
			};
			return (Statement) Proxy.newProxyInstance(ChangeNotingDataSource.class.getClassLoader(),
					new Class<?>[] { kind }, handler);
		}

	}

}
