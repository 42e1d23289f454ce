package dk.pulje.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The version of the data as this node knows it: the number in {@code data_version},
 * which every committed change raises (see {@link ChangeNotingDataSource}). A change made
 * through this node is known at once; one made through another node when the number is
 * next read, at most {@link #recheck} later. Whatever is kept under a version is
 * therefore never older than the data of that version.
 */
public class DataVersion {

	private final LongSupplier stored;

	private final long recheckNanos;

	private final AtomicLong version = new AtomicLong(-1);

	private final AtomicLong readAt = new AtomicLong(System.nanoTime());

	private final AtomicLong changesHere = new AtomicLong(1);

	private final AtomicLong changesSeen = new AtomicLong(0);

	DataVersion(LongSupplier stored, Duration recheck) {
		this.stored = stored;
		this.recheckNanos = recheck.toNanos();
	}

	/** The version now: read again after a change here, or once the last read is old. */
	public long current() {
		long now = System.nanoTime();
		long last = this.readAt.get();
		boolean due = now - last >= this.recheckNanos && this.readAt.compareAndSet(last, now);
		long changes = this.changesHere.get();
		// Every request that comes while a change here is not yet seen reads the number
		// itself, rather than take a version another thread is still reading.
		if (changes != this.changesSeen.get() || due) {
			this.version.accumulateAndGet(this.stored.getAsLong(), Math::max);
			this.changesSeen.accumulateAndGet(changes, Math::max);
		}
		return this.version.get();
	}

	/** A change was committed through this node; the next read must see it. */
	void changedHere() {
		this.changesHere.incrementAndGet();
	}

}
