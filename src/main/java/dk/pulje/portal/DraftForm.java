package dk.pulje.portal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.applications.ApplicationView;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;

import static dk.pulje.web.FormValues.blank;

/**
 * What a step of the application form posts: the fields as typed, so that a wrong one can
 * be shown back as it was written. Only the current step's fields are used; the rest of
 * the draft stays as stored. {@code go} names the step to go to after saving.
 */
record DraftForm(@Nullable Long version, @Nullable String title, @Nullable Long leadOrganisationId,
		@Nullable String contentAreaCode, @Nullable String summary, @Nullable String goals, List<Long> partnerIds,
		@Nullable Long addPartner, List<Line> budgetLines, @Nullable String go) {

	/**
	 * Rows a browser did not send (a gap in the numbering) are no rows, and a form that
	 * sent none has none.
	 */
	DraftForm {
		partnerIds = FormValues.rows(partnerIds);
		budgetLines = FormValues.rows(budgetLines);
	}

	/**
	 * A new application's first form, led by the applicant's organisation when it has
	 * only one.
	 */
	static DraftForm ledBy(@Nullable Long leadOrganisationId) {
		return new DraftForm(null, null, leadOrganisationId, null, null, null, List.of(), null, List.of(), null);
	}

	/** The draft as it is stored. */
	static DraftForm of(ApplicationView draft, Formats formats) {
		return new DraftForm(draft.version(), draft.title(), draft.leadOrganisationId(), draft.contentAreaCode(),
				draft.summary(), draft.goals(), List.copyOf(draft.partnerOrganisationIds()), null,
				draft.budgetLines()
					.stream()
					.map(line -> new Line(String.valueOf(line.fiscalYear()), line.description(),
							formats.input(line.amount())))
					.toList(),
				null);
	}

	/** The same form with budget lines up to {@code rows}, the added ones empty. */
	DraftForm withBudgetRows(int rows) {
		List<Line> lines = new ArrayList<>(this.budgetLines);
		while (lines.size() < rows) {
			lines.add(Line.empty());
		}
		return new DraftForm(this.version, this.title, this.leadOrganisationId, this.contentAreaCode, this.summary,
				this.goals, this.partnerIds, this.addPartner, lines, this.go);
	}

	/** A budget line as typed: year, what for, and the amount in kroner. */
	record Line(@Nullable String year, @Nullable String description, @Nullable String amount) {

		static Line empty() {
			return new Line(null, null, null);
		}

		boolean isBlank() {
			return blank(this.year) && blank(this.description) && blank(this.amount);
		}

	}

}
