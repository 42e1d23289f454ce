package dk.pulje.database;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Something worked out from the data and kept until the data it was read from changes:
 * asked with what the node has seen of the data, read before the data itself (see
 * {@link DataVersion}), it is worked out again only when one of the tables it read
 * changed after the version it was kept at. Whatever asks for it is told those tables too
 * ({@link TablesRead}), so that what is made from it is kept as long, and no longer. Two
 * requests that meet a change may both work it out; the newer keeps. One that is
 * {@link #oneAtATime()} is worked out by one request while the others wait for it.
 * <p>
 * Inside a transaction that may write, nothing is taken from what is kept: a change made
 * in it is not in the data version until it commits, so what was kept before would hide
 * it from the very request that made it.
 */
public final class KeptAtVersion<T> {

	private final AtomicReference<@Nullable Kept<T>> kept = new AtomicReference<>();

	private final boolean oneAtATime;

	public KeptAtVersion() {
		this(false);
	}

	private KeptAtVersion(boolean oneAtATime) {
		this.oneAtATime = oneAtATime;
	}

	/** One worked out by one request at a time, for what takes long to work out. */
	public static <T> KeptAtVersion<T> oneAtATime() {
		return new KeptAtVersion<>(true);
	}

	/**
	 * What is kept, if the data it was read from is unchanged; else made by {@code make}.
	 */
	public T at(DataVersion.Seen seen, Supplier<T> make) {
		if (mayWrite()) {
			return make.get();
		}
		T kept = unchanged(seen);
		if (kept != null) {
			return kept;
		}
		if (!this.oneAtATime) {
			return make(seen, make);
		}
		synchronized (this) {
			kept = unchanged(seen);
			return kept != null ? kept : make(seen, make);
		}
	}

	private static boolean mayWrite() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private @Nullable T unchanged(DataVersion.Seen seen) {
		Kept<T> last = this.kept.get();
		if (last == null || !seen.unchangedSince(last.version(), last.tables())) {
			return null;
		}
		TablesRead.note(last.tables());
		return last.value();
	}

	private T make(DataVersion.Seen seen, Supplier<T> make) {
		TablesRead.Made<T> made = TablesRead.noting(make);
		if (!made.keepable()) {
			return made.value();
		}
		Kept<T> now = new Kept<>(seen.version(), made.tables(), made.value());
		this.kept.accumulateAndGet(now,
				(before, after) -> before == null || after.version() >= before.version() ? after : before);
		return made.value();
	}

	private record Kept<T>(long version, Set<String> tables, T value) {
	}

}
