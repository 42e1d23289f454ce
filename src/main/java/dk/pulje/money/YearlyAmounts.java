package dk.pulje.money;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Money split by year (in JSON, an object from year to amount: {"2016": "50000000.00"}),
 * as agreements and pools state it ("50 mio. kr. i 2016 og 140 mio. kr. hvert år
 * herefter").
 */
public record YearlyAmounts(@JsonValue SortedMap<Integer, Amount> byYear) {

	public static final YearlyAmounts NONE = new YearlyAmounts(new TreeMap<>());

	public YearlyAmounts {
		byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static YearlyAmounts of(Map<Integer, Amount> byYear) {
		return new YearlyAmounts(new TreeMap<>(byYear));
	}

	/**
	 * Sums lines that each carry a year and an amount (budget lines, granted years) into
	 * one split by year.
	 */
	public static <T> YearlyAmounts summing(Collection<T> lines, ToIntFunction<T> year, Function<T, Amount> amount) {
		TreeMap<Integer, Amount> byYear = new TreeMap<>();
		lines.forEach(line -> byYear.merge(year.applyAsInt(line), amount.apply(line), Amount::plus));
		return new YearlyAmounts(byYear);
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
