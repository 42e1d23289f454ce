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

	public KeptPerKey(DataVersion version, int size) {
		this.version = version;
		this.kept = Caffeine.newBuilder().maximumSize(size).build();
	}

	/** What is kept for the key, if the data it was read from is unchanged; else made. */
	public T at(K key, Supplier<T> make) {
		DataVersion.Seen seen = this.version.seen();
		return this.kept.get(key, k -> new KeptAtVersion<>()).at(seen, make);
	}

}
