package dk.pulje.database;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Things worked out from the data, one for each key, each kept until a table it was read
 * from changes (see {@link KeptAtVersion}); the least used go first when there are more
 * than the size.
 */
public final class KeptPerKey<K, T> {

	private final DataVersion version;

	private final Cache<K, KeptAtVersion<T>> kept;

	/** Makes the holder of a new key's thing. */
	private final Supplier<KeptAtVersion<T>> holder;

	public KeptPerKey(DataVersion version, int size) {
		this(version, size, KeptAtVersion::new);
	}

	private KeptPerKey(DataVersion version, int size, Supplier<KeptAtVersion<T>> holder) {
		this.version = version;
		this.kept = Caffeine.newBuilder().maximumSize(size).build();
		this.holder = holder;
	}

	/**
	 * Things that take long to work out, each worked out by one request while the others
	 * asking for the same wait for it (see {@link KeptAtVersion#oneAtATime()}).
	 */
	public static <K, T> KeptPerKey<K, T> oneAtATime(DataVersion version, int size) {
		return new KeptPerKey<>(version, size, KeptAtVersion::oneAtATime);
	}

	/** What is kept for the key, if the data it was read from is unchanged; else made. */
	public T at(K key, Supplier<T> make) {
		DataVersion.Seen seen = this.version.seen();
		return this.kept.get(key, k -> this.holder.get()).at(seen, make);
	}

}
