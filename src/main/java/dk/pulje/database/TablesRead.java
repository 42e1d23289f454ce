package dk.pulje.database;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The tables a piece of work read, noted as it reads them: every statement the
 * connections are given on this thread names its tables (see
 * {@link ChangeNotingDataSource}), and whatever is kept and taken from memory meanwhile
 * names the tables it was made from ({@link KeptAtVersion}). What is kept with these
 * tables is made again only when one of them changes, so a stream of changes elsewhere
 * leaves it alone.
 * <p>
 * Noting is by thread: work handed to another thread is not noted. Pulje makes its
 * answers on the request's own thread.
 */
public final class TablesRead {

	private static final ThreadLocal<@Nullable Deque<Set<String>>> noting = new ThreadLocal<>();

	private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private TablesRead() {
	}

	/** What was made, and the tables it read. */
	public record Made<T>(T value, Set<String> tables) {

		/**
		 * Whether it may be kept: it read no table whose changes alone are not recorded
		 * (sessions, tokens, accounts, the health check).
		 */
		public boolean keepable() {
			return TablesRead.keepable(this.tables);
		}

	}

	/**
	 * Whether what read these tables may be kept: none of them is one whose changes alone
	 * are not recorded (sessions, tokens, accounts, the health check).
	 */
	public static boolean keepable(Set<String> tables) {
		return ChangeNotingDataSource.tracked(tables);
	}

	/**
	 * Does the work, noting the tables it reads; they are noted for any work this one is
	 * part of, too.
	 */
	public static <T> Made<T> noting(Supplier<T> work) {
		try (Noting tables = start()) {
			T value = work.get();
			return new Made<>(value, tables.tables());
		}
	}

	/**
	 * Notes the tables read on this thread until closed; they are noted for any work this
	 * one is part of, too.
	 */
	public static Noting start() {
		Deque<Set<String>> stack = noting.get();
		if (stack == null) {
			stack = new ArrayDeque<>();
			noting.set(stack);
		}
		Set<String> tables = new HashSet<>();
		stack.push(tables);
		return new Noting(tables);
	}

	/**
	 * The leading comment that tells a statement reads or writes only one part of a table
	 * (the history of one kind of record, say), so that what reads one part is kept
	 * through changes to the others. Nothing when the part is not a plain name.
	 */
	public static String onlyPart(String table, String part) {
		return PLAIN_NAME.matcher(table).matches() && PLAIN_NAME.matcher(part).matches()
				? "/* " + table + "/" + part + " */ " : "";
	}

	/** Whether anything on this thread is noting what it reads. */
	static boolean active() {
		return noting.get() != null;
	}

	/** Notes tables read, for the work being done on this thread, if any is noting. */
	public static void note(Collection<String> tables) {
		Deque<Set<String>> stack = noting.get();
		if (stack != null && !tables.isEmpty()) {
			stack.element().addAll(tables);
		}
	}

	/** The tables read since it started. */
	public static final class Noting implements AutoCloseable {

		private final Set<String> tables;

		private boolean closed;

		private Noting(Set<String> tables) {
			this.tables = tables;
		}

		public Set<String> tables() {
			return Set.copyOf(this.tables);
		}

		@Override
		public void close() {
			if (this.closed) {
				return;
			}
			this.closed = true;
			Deque<Set<String>> stack = noting.get();
			if (stack != null) {
				stack.removeIf(tables -> tables == this.tables);
				if (stack.isEmpty()) {
					noting.remove();
				}
			}
			note(this.tables);
		}

	}

}
