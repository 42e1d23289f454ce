package dk.pulje.rules;

import org.jspecify.annotations.Nullable;

/**
 * A change was made against a version of a record that is no longer the current one:
 * somebody else changed it first. Nothing was written; the client must read the record
 * again and decide.
 */
public class StaleVersion extends RuntimeException {

	private final String kind;

	private final Object id;

	private final long expected;

	private final long current;

	public StaleVersion(String kind, Object id, long expected, long current) {
		super(kind + " " + id + " is at version " + current + ", not " + expected);
		this.kind = kind;
		this.id = id;
		this.expected = expected;
		this.current = current;
	}

	public static void check(String kind, Object id, @Nullable Long expected, long current) {
		if (expected != null && expected != current) {
			throw new StaleVersion(kind, id, expected, current);
		}
	}

	public String kind() {
		return this.kind;
	}

	public Object id() {
		return this.id;
	}

	public long expected() {
		return this.expected;
	}

	public long current() {
		return this.current;
	}

}
