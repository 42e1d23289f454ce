package dk.pulje.reports.web;

import java.util.List;
import java.util.Optional;

import dk.pulje.web.FormStep;

/**
 * The steps a report is written in, in order, each owning some of the report's fields:
 * the goals; the results, the indicators and what happens after the grant; the accounts
 * and their audit; the attachments; and handing it in, where whatever is missing is
 * listed with a link to the step that asks for it.
 */
enum ReportStep implements FormStep {

	GOALS("goals", "goals"),

	RESULTS("results", "results", "indicators", "continues", "continuation", "publicSummary"),

	ACCOUNTS("accounts", "spending", "auditor", "auditorEmail"),

	ATTACHMENTS("attachments", "file"),

	HAND_IN("hand-in");

	private final String path;

	private final List<String> fields;

	ReportStep(String path, String... fields) {
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

	static Optional<ReportStep> of(String path) {
		return FormStep.of(ReportStep.class, path);
	}

	public Optional<ReportStep> next() {
		return FormStep.next(this);
	}

}
