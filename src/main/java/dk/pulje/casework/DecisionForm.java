package dk.pulje.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.web.Formats;

/**
 * A decision as the form posts it: the outcome, for a grant in part the amount per year
 * as typed, a reason, and the day a decision made earlier was made (empty: now).
 */
record DecisionForm(Long version, String outcome, Map<String, String> granted, @Nullable String reason,
		@Nullable String decidedOn) {

	DecisionForm {
		granted = granted == null ? Map.of() : granted;
	}

	/**
	 * A grant in full, with what was asked for each year filled in for a grant in part.
	 */
	static DecisionForm of(ApplicationView application, Formats formats) {
		Map<String, String> granted = new LinkedHashMap<>();
		application.requested()
			.byYear()
			.forEach((year, amount) -> granted.put(String.valueOf(year), formats.input(amount)));
		return new DecisionForm(application.version(), DecisionOutcome.GRANTED_IN_FULL.name(), granted, null, null);
	}

}
