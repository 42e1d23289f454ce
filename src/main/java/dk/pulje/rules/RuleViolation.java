package dk.pulje.rules;

import java.util.List;

/**
 * A domain rule refused a change. The rule has a stable code (for example {@code call-not-open}), the field it
 * concerns as the API names it, and arguments for the message that explains it in Danish or English
 * ({@code rule.call-not-open} in the message files).
 */
public class RuleViolation extends RuntimeException {

	private final String rule;

	private final String field;

	private final List<Object> arguments;

	public RuleViolation(String rule, String field, Object... arguments) {
		super(rule + " (" + field + ")");
		this.rule = rule;
		this.field = field;
		this.arguments = List.of(arguments);
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
