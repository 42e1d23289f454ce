package dk.pulje.overviews;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the money ledger's pools and granted projects by id, whether their ids fill
 * their range or are spread out.
 */
class IdPlacesTests {

	@Test
	void idsFromASequenceWithGapsAreFoundAndTheGapsAreNot() {
		long[] ids = { 7, 8, 9, 11, 12, 20, 0, 0 };
		IdPlaces places = new IdPlaces();
		places.index(ids, 6);

		assertThat(places.of(ids, 6, 7)).isEqualTo(0);
		assertThat(places.of(ids, 6, 11)).isEqualTo(3);
		assertThat(places.of(ids, 6, 20)).isEqualTo(5);
		assertThat(places.of(ids, 6, 10)).as("a deleted row").isNegative();
		assertThat(places.of(ids, 6, 6)).as("before the first").isNegative();
		assertThat(places.of(ids, 6, 21)).as("made after the rows were read").isNegative();
		assertThat(places.of(ids, 6, Long.MIN_VALUE)).isNegative();
		assertThat(places.of(ids, 6, Long.MAX_VALUE)).isNegative();
	}

	@Test
	void spreadOutIdsAreFoundToo() {
		long[] ids = { -5, 3, 1_000_000, 5_000_000_000L, Long.MAX_VALUE };
		IdPlaces places = new IdPlaces();
		places.index(ids, ids.length);

		for (int at = 0; at < ids.length; at++) {
			assertThat(places.of(ids, ids.length, ids[at])).isEqualTo(at);
		}
		assertThat(places.of(ids, ids.length, 4)).isNegative();
		assertThat(places.of(ids, ids.length, Long.MIN_VALUE)).isNegative();
	}

	@Test
	void indexedAgainItFindsOnlyTheNewIds() {
		IdPlaces places = new IdPlaces();
		long[] first = { 100, 101, 102, 103 };
		places.index(first, first.length);
		long[] second = { 1, 2, 3 };
		places.index(second, second.length);

		assertThat(places.of(second, 3, 2)).isEqualTo(1);
		assertThat(places.of(second, 3, 101)).isNegative();

		places.index(second, 0);
		assertThat(places.of(second, 0, 1)).as("no ids").isNegative();
	}

}
