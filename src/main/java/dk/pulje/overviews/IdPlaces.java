package dk.pulje.overviews;

import java.util.Arrays;

/**
 * Where each of a run of ids sorted ascending is, for the money ledger's hundreds of
 * thousands of rows that name a pool or a granted project. The ids come from a sequence,
 * so they mostly fill their range: then a table as long as the range finds each with one
 * look, where a binary search of a hundred thousand ids missed the processor's cache at
 * nearly every step and took a tenth of the ledger's reading. Ids spread wider than four
 * places each (rows deleted, or numbered elsewhere) are searched.
 */
final class IdPlaces {

	private static final int NOWHERE = -1;

	private int[] table = new int[0];

	private long first;

	/** The length of the table in use, or less than zero when the ids are searched. */
	private int length = -1;

	/**
	 * Makes the table for these ids, in the room of the last one if it is enough: the
	 * ledger's arrays are reused from one reading to the next.
	 */
	void index(long[] ids, int count) {
		this.length = -1;
		if (count == 0) {
			return;
		}
		long range = ids[count - 1] - ids[0] + 1;
		if (range <= 0 || range > 4L * count + 1024) {
			// Spread out, or so far apart that the difference overflowed.
			return;
		}
		int length = (int) range;
		if (this.table.length < length) {
			this.table = new int[length + length / 16];
		}
		Arrays.fill(this.table, 0, length, NOWHERE);
		this.first = ids[0];
		for (int at = 0; at < count; at++) {
			this.table[(int) (ids[at] - this.first)] = at;
		}
		this.length = length;
	}

	/**
	 * Where an id is among the ids indexed last, or less than zero for one not among
	 * them.
	 */
	int of(long[] ids, int count, long id) {
		if (this.length < 0) {
			return Arrays.binarySearch(ids, 0, count, id);
		}
		long slot = id - this.first;
		return slot >= 0 && slot < this.length ? this.table[(int) slot] : NOWHERE;
	}

}
