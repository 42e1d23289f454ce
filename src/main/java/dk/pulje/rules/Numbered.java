package dk.pulje.rules;

import java.util.List;
import java.util.Set;

/**
 * The checks of a record whose parts are numbered and refer to each other by number (a
 * plan's tracks and initiatives, a group's appointing organisations): a number is used
 * once, and a reference names a part that is there. Each says which field is wrong.
 */
public final class Numbered {

	private Numbered() {
	}

	/** Adds the number to those seen, refusing one used before. */
	public static void unique(Set<Integer> seen, int number, String field) {
		if (!seen.add(number)) {
			throw new RuleViolation("plan-number-twice", field, number);
		}
	}

	/** Refuses a reference to a number that no part has. */
	public static void known(Set<Integer> numbers, int number, String field) {
		if (!numbers.contains(number)) {
			throw new RuleViolation("plan-part-unknown", field, number);
		}
	}

	/** A list a request left out, as an empty one. */
	public static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : list;
	}

}
