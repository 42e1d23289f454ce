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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * number in {@code data_version}. Every way of writing goes through here (Spring Data,
 * {@code JdbcClient}, batches, an import on its own thread), so no change can be missed
 * by a service that forgot to say so. A statement counts as a change unless it writes
 * only to tables no public read shows: sessions, tokens, accounts, the history, the
 * health check and the import's progress.
 */
final class ChangeNotingDataSource extends DelegatingDataSource {

	private static final Logger log = LoggerFactory.getLogger(ChangeNotingDataSource.class);

	static final String RAISE = "update data_version set version = version + 1 where id = 1";

	private static final Set<String> UNSEEN = Set.of("spring_session", "spring_session_attributes", "access_token",
			"account", "audit_entry", "database_liveness", "data_version", "flyway_schema_history", "grant_import");

	private static final Pattern TARGET = Pattern.compile(
			"^(?:insert\\s+into|merge\\s+into|update|delete\\s+from|truncate\\s+table|truncate)\\s+(?:only\\s+)?\"?(?:\\w+\"?\\.\"?)?(\\w+)");

	private static final Pattern WRITING_WITH = Pattern
		.compile("\\b(?:insert\\s+into|delete\\s+from|update\\s+\\S+\\s+set|merge\\s+into)\\b");

	private static final int REMEMBERED = 5_000;

	private static final Map<String, Boolean> classified = new ConcurrentHashMap<>();

	private volatile Runnable changed = () -> {
	};

	private volatile boolean raisedOnce;

	ChangeNotingDataSource(DataSource target) {
		super(target);
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
		Boolean known = classified.get(sql);
		if (known != null) {
			return known;
		}
		boolean changes = classify(sql);
		if (classified.size() < REMEMBERED) {
			classified.put(sql, changes);
		}
		return changes;
	}

	private static boolean classify(String sql) {
		String statement = withoutLeadingComments(sql).toLowerCase(Locale.ROOT);
		if (statement.startsWith("with")) {
			return WRITING_WITH.matcher(statement).find();
		}
		Matcher target = TARGET.matcher(statement);
		return target.find() && !UNSEEN.contains(target.group(1));
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
	 * Raises the number on the connection that committed the change, in a transaction of
	 * its own. The change itself is already committed, so a failure here is logged and
	 * the other nodes see the change when the next one is committed.
	 */
	private void raise(Connection connection) {
		if (!this.raisedOnce && !hasVersionTable(connection)) {
			// The migrations are still making the tables; nothing has been read yet.
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(RAISE);
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			this.raisedOnce = true;
		}
		catch (SQLException ex) {
			rollBackQuietly(connection);
			log.warn("A change was committed, but the data version could not be raised: {}", ex.getMessage());
		}
		this.changed.run();
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

	private static boolean hasVersionTable(Connection connection) {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "data_version", null)) {
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
					return first instanceof String sql && changes(sql) && result instanceof Statement statement
							? statement(statement, true) : result;
				}
				case "createStatement" -> {
					return result instanceof Statement statement ? statement(statement, false) : result;
				}
				case "commit" -> committed();
				case "setAutoCommit" -> {
					if (Boolean.TRUE.equals(first)) {
						committed();
					}
				}
				case "rollback" -> {
					if (args == null || args.length == 0) {
						this.changed = false;
					}
				}
				case "close" -> this.changed = false;
				default -> {
				}
			}
			return result;
		}

		private void committed() {
			if (this.changed) {
				this.changed = false;
				raise(this.target);
			}
		}

		private void executed() throws SQLException {
			if (this.target.getAutoCommit()) {
				raise(this.target);
			}
			else {
				this.changed = true;
			}
		}

		/**
		 * A prepared statement is known to change or not when it is prepared; a plain one
		 * by the text each execution is given.
		 */
		private Statement statement(Statement statement, boolean prepared) {
			Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			boolean[] batchChanges = { false };
			InvocationHandler handler = (proxy, method, args) -> {
				Object result = call(statement, method, args);
				String name = method.getName();
				Object sql = args != null && args.length > 0 ? args[0] : null;
				if (name.equals("addBatch") && sql instanceof String text) {
					batchChanges[0] = batchChanges[0] || changes(text);
				}
				else if (name.startsWith("execute")) {
					boolean changing = prepared
							|| (sql instanceof String text ? changes(text) : name.contains("Batch") && batchChanges[0]);
					if (name.contains("Batch")) {
						batchChanges[0] = false;
					}
					if (changing) {
						executed();
					}
				}
				return result;
			};
			return (Statement) Proxy.newProxyInstance(ChangeNotingDataSource.class.getClassLoader(),
					new Class<?>[] { kind }, handler);
		}

	}

}
