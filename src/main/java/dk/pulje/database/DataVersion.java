package dk.pulje.database;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of the data as this node knows it: the number in {@code data_version},
 * which every committed change raises, and the number each table was last changed at (see
 * {@link ChangeNotingDataSource}). A change made through this node is known at once; one
 * made through another node when the number is next read, at most {@link #recheck} later.
 * Whatever is kept under a version is therefore never older than the data of that
 * version.
 */
public class DataVersion {

	private final Stored stored;

	private final long recheckNanos;

	private volatile Seen seen = new Seen(-1, Map.of());

	private final AtomicLong readAt = new AtomicLong(System.nanoTime());

	private final AtomicLong changesHere = new AtomicLong(1);

	private final AtomicLong changesSeen = new AtomicLong(0);

	/** Where the numbers are kept. */
	interface Stored {

		long version();

		/** The tables changed at a higher version than this, with the version of each. */
		Map<String, Long> changedAfter(long version);

	}

	DataVersion(Stored stored, Duration recheck) {
		this.stored = stored;
		this.recheckNanos = recheck.toNanos();
	}

	/**
	 * What this node knows of the data: its version, and the version each table was last
	 * changed at.
	 */
	public record Seen(long version, Map<String, Long> changedAt) {

		/**
		 * Whether what was made at version {@code madeAt} from these tables still shows
		 * the data as it is at this version: none of them changed since.
		 */
		public boolean unchangedSince(long madeAt, Set<String> tables) {
			if (madeAt >= this.version) {
				return true;
			}
			for (Map.Entry<String, Long> change : this.changedAt.entrySet()) {
				if (change.getValue() > madeAt && read(change.getKey(), tables)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether the changed table is among those read. A change to one part of a table
		 * ({@code table/part}) was read by what read the whole table; a change to the
		 * whole, by what read any part; a change whose tables could not be told, by
		 * everything.
		 */
		private static boolean read(String changed, Set<String> tables) {
			if (tables.contains(changed) || ChangeNotingDataSource.EVERY_TABLE.equals(changed)) {
				return true;
			}
			int part = changed.indexOf('/');
			if (part >= 0) {
				return tables.contains(changed.substring(0, part));
			}
			String anyPart = changed + "/";
			for (String table : tables) {
				if (table.startsWith(anyPart)) {
					return true;
				}
			}
			return false;
		}

		Seen and(Seen other) {
			if (other.version <= this.version && other.changedAt.isEmpty()) {
				return this;
			}
			Map<String, Long> changedAt = new HashMap<>(this.changedAt);
			other.changedAt.forEach((table, version) -> changedAt.merge(table, version, Math::max));
			return new Seen(Math.max(this.version, other.version), Map.copyOf(changedAt));
		}

	}

	/**
	 * The version and the tables' changes now: read again after a change here, or once
	 * the last read is old.
	 */
	public Seen seen() {
		long now = System.nanoTime();
		long last = this.readAt.get();
		boolean due = now - last >= this.recheckNanos && this.readAt.compareAndSet(last, now);
		long changes = this.changesHere.get();
		// Every request that comes while a change here is not yet seen reads the number
		// itself, rather than take a version another thread is still reading.
		if (changes != this.changesSeen.get() || due) {
			Seen before = this.seen;
			long version = this.stored.version();
			// Read after the number, so that every change up to it is among them.
			Map<String, Long> changed = version > before.version() ? this.stored.changedAfter(before.version())
					: Map.of();
			add(new Seen(version, changed));
			this.changesSeen.accumulateAndGet(changes, Math::max);
		}
		return this.seen;
	}

	private synchronized void add(Seen read) {
		this.seen = this.seen.and(read);
	}

	/** A change was committed through this node; the next read must see it. */
	void changedHere() {
		this.changesHere.incrementAndGet();
	}

}
