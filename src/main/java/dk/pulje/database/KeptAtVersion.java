package dk.pulje.database;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Something worked out from the data and kept until the data changes: asked at the
 * version read before its data (see {@link DataVersion}), it is worked out again only
 * when that version is not the one it was kept at. Two requests that meet a new version
 * may both work it out; the newer keeps.
 */
public final class KeptAtVersion<T> {

	private final AtomicReference<@Nullable Kept<T>> kept = new AtomicReference<>();

	/** What is kept at the version, worked out by {@code make} if nothing is. */
	public T at(long version, Supplier<T> make) {
		Kept<T> last = this.kept.get();
		if (last != null && last.version() == version) {
			return last.value();
		}
		Kept<T> now = new Kept<>(version, make.get());
		this.kept.accumulateAndGet(now,
				(before, after) -> before == null || after.version() >= before.version() ? after : before);
		return now.value();
	}

	private record Kept<T>(long version, T value) {
	}

}
