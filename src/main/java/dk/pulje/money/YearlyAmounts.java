package dk.pulje.money;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Money split by year, as agreements and pools state it ("50 mio. kr. i 2016 og 140 mio. kr. hvert år herefter"). */
public record YearlyAmounts(SortedMap<Integer, Amount> byYear) {

	public static final YearlyAmounts NONE = new YearlyAmounts(new TreeMap<>());

	public YearlyAmounts {
		byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
	}

	public static YearlyAmounts of(Map<Integer, Amount> byYear) {
		return new YearlyAmounts(new TreeMap<>(byYear));
	}

	public Amount total() {
		return this.byYear.values().stream().reduce(Amount.ZERO, Amount::plus);
	}

	public Amount in(int year) {
		return this.byYear.getOrDefault(year, Amount.ZERO);
	}

	public boolean isEmpty() {
		return this.byYear.isEmpty();
	}

}
