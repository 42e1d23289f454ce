package dk.pulje.portal;

import java.util.List;
import java.util.Optional;

import dk.pulje.web.FormStep;

/**
 * The steps an application is written in, in order. Each owns some of the application's
 * fields, so that a problem found at submission is shown at the step (and the field)
 * where it is fixed.
 */
public enum Step implements FormStep {

	BASICS("basics", "title", "leadOrganisationId", "contentAreaCode"),

	DESCRIPTION("description", "summary", "goals"),

	PARTNERS("partners", "partnerOrganisationIds"),

	BUDGET("budget", "budgetLines"),

	ATTACHMENTS("attachments", "file"),

	SUBMIT("submit");

	private final String path;

	private final List<String> fields;

	Step(String path, String... fields) {
		this.path = path;
		this.fields = List.of(fields);
	}

	@Override
	public String path() {
		return this.path;
	}

	@Override
	public List<String> fields() {
		return this.fields;
	}

	static Optional<Step> of(String path) {
		return FormStep.of(Step.class, path);
	}

	public Optional<Step> next() {
		return FormStep.next(this);
	}

}
