package dk.pulje.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A domain rule refused a change. The rule has a stable code (for example
 * {@code call-not-open}), the field it concerns as the API names it, and arguments for
 * the message that explains it in Danish or English ({@code rule.call-not-open} in the
 * message files).
 */
public class RuleViolation extends RuntimeException {

	private final String rule;

	private final String field;

	private final List<Object> arguments;

	private final List<RuleViolation> others;

	public RuleViolation(String rule, String field, @Nullable Object... arguments) {
		super(rule + " (" + field + ")");
		this.rule = rule;
		this.field = field;
		this.arguments = Arrays.stream(arguments).map(RuleViolation::plain).toList();
		this.others = List.of();
	}

	private RuleViolation(RuleViolation first, List<RuleViolation> others) {
		super(first.getMessage() + (others.isEmpty() ? "" : " and " + others.size() + " more"));
		this.rule = first.rule;
		this.field = first.field;
		this.arguments = first.arguments;
		this.others = List.copyOf(others);
	}

	/**
	 * Every rule a change broke at once, so that a person can fix them all in one go: the
	 * first is this violation's own rule and field, and {@link #all()} lists each.
	 * @param violations at least one
	 */
	public static RuleViolation all(List<RuleViolation> violations) {
		return new RuleViolation(violations.get(0), violations.subList(1, violations.size()));
	}

	/** This violation and any broken at the same time. */
	public List<RuleViolation> all() {
		List<RuleViolation> all = new ArrayList<>();
		all.add(this.others.isEmpty() ? this : new RuleViolation(this.rule, this.field, this.arguments.toArray()));
		all.addAll(this.others);
		return all;
	}

	/**
	 * Arguments as a message shows them: numbers as plain text ("2018" and "1234", not
	 * "2.018"); values (choices, days, times, amounts) as they are, for the message to
	 * word in its language (web.FieldMessages).
	 */
	private static Object plain(Object argument) {
		if (argument == null) {
			return "";
		}
		return argument instanceof Number || argument instanceof CharSequence ? argument.toString() : argument;
	}

	public String rule() {
		return this.rule;
	}

	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
