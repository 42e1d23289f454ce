package dk.pulje.portal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps an application is written in, in order. Each owns some of the application's
 * fields, so that a problem found at submission is shown at the step (and the field)
 * where it is fixed.
 */
public enum Step {

	BASICS("basics", "title", "leadOrganisationId", "contentAreaCode"),

	DESCRIPTION("description", "summary", "goals"),

	PARTNERS("partners", "partnerOrganisationIds"),

	BUDGET("budget", "budgetLines"),

	ATTACHMENTS("attachments", "file"),

	SUBMIT("submit");

	private final String path;

	private final String[] fields;

	Step(String path, String... fields) {
		this.path = path;
		this.fields = fields;
	}

	public String path() {
		return this.path;
	}

	/**
	 * The step that the field belongs to; submission for fields of no step (the call's
	 * window, the status).
	 */
	static Step owning(String field) {
		return Arrays.stream(values())
			.filter(step -> Arrays.stream(step.fields)
				.anyMatch(f -> field.equals(f) || field.startsWith(f + "[") || field.startsWith(f + ".")))
			.findFirst()
			.orElse(SUBMIT);
	}

	static Optional<Step> of(String path) {
		return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
	}

	public Optional<Step> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

}
