package dk.pulje.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationRequest.BudgetLineRequest;
import dk.pulje.applications.ApplicationRequest;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.BudgetLine;
import dk.pulje.money.Amount;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;

import static dk.pulje.web.FormValues.validatedLater;

/**
 * Saves one step of an application form onto the stored draft: the step's fields as typed
 * replace the draft's, everything else stays. A wrong field is named with what is wrong,
 * and then nothing is saved; a draft changed by someone else since the form was opened is
 * never overwritten.
 */
@Component
class Drafting {

	private final ApplicationManagement applications;

	private final FormCheck check;

	private final FieldMessages messages;

	private final FormValues values;

	Drafting(ApplicationManagement applications, FormCheck check, FieldMessages messages, FormValues values) {
		this.applications = applications;
		this.check = check;
		this.messages = messages;
		this.values = values;
	}

	/**
	 * The outcome of saving a step: the saved draft, or the wrong fields (by input id)
	 * with why.
	 */
	record Saved(@Nullable ApplicationView application, Map<String, String> errors) {

		boolean ok() {
			return this.errors.isEmpty();
		}

		/** The draft as saved, or as it was when the save was refused. */
		ApplicationView draft() {
			return Objects.requireNonNull(this.application, "a step is saved onto a draft");
		}

	}

	/** Starts a draft from the first step's fields. */
	Saved start(long callId, DraftForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		ApplicationRequest request = new ApplicationRequest(callId, validatedLater(form.leadOrganisationId()),
				List.of(), blankToNull(form.contentAreaCode()), validatedLater(form.title()), null, null, List.of());
		validate(request, List.of(), errors);
		if (!errors.isEmpty()) {
			return new Saved(null, errors);
		}
		try {
			return new Saved(this.applications.draft(request, false), errors);
		}
		catch (RuleViolation violation) {
			return new Saved(null, problems(violation, List.of()));
		}
	}

	/**
	 * Saves a step's fields onto the draft as stored at the version the form was opened
	 * on. When the draft has moved on meanwhile, the save is refused unless the stored
	 * draft already says exactly what the form says (as when a change saved by itself and
	 * the step's button race each other with the same text).
	 */
	Saved save(ApplicationView draft, Step step, DraftForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<Integer> rows = new ArrayList<>();
		ApplicationRequest request = request(draft, step, form, rows, errors);
		if (request == null) {
			return new Saved(draft, errors);
		}
		validate(request, rows, errors);
		if (!errors.isEmpty()) {
			return new Saved(draft, errors);
		}
		long version = form.version() == null ? -1 : form.version();
		try {
			return new Saved(this.applications.revise(draft.id(), version, request), errors);
		}
		catch (StaleVersion | ConcurrencyFailureException moved) {
			ApplicationView stored = this.applications.application(draft.id());
			if (request.equals(asStored(stored))) {
				return new Saved(stored, errors);
			}
			return new Saved(stored, Map.of("form", this.messages.text("draft.changed-meanwhile")));
		}
		catch (RuleViolation violation) {
			return new Saved(draft, problems(violation, rows));
		}
	}

	/**
	 * The draft with the step's fields replaced by the form's; null for the step that has
	 * no fields.
	 */
	private @Nullable ApplicationRequest request(ApplicationView draft, Step step, DraftForm form, List<Integer> rows,
			Map<String, String> errors) {
		ApplicationRequest stored = asStored(draft);
		return switch (step) {
			case BASICS -> new ApplicationRequest(draft.callId(), validatedLater(form.leadOrganisationId()),
					stored.partnerOrganisationIds(), blankToNull(form.contentAreaCode()),
					validatedLater(strip(form.title())), stored.summary(), stored.goals(), stored.budgetLines());
			case DESCRIPTION -> new ApplicationRequest(draft.callId(), stored.leadOrganisationId(),
					stored.partnerOrganisationIds(), stored.contentAreaCode(), stored.title(),
					blankToNull(form.summary()), blankToNull(form.goals()), stored.budgetLines());
			case PARTNERS -> new ApplicationRequest(draft.callId(), stored.leadOrganisationId(), partners(form),
					stored.contentAreaCode(), stored.title(), stored.summary(), stored.goals(), stored.budgetLines());
			case BUDGET -> new ApplicationRequest(draft.callId(), stored.leadOrganisationId(),
					stored.partnerOrganisationIds(), stored.contentAreaCode(), stored.title(), stored.summary(),
					stored.goals(), typedLines(form, rows, errors));
			case ATTACHMENTS, SUBMIT -> null;
		};
	}

	/** The draft as stored, in the form a change of it is written. */
	private static ApplicationRequest asStored(ApplicationView draft) {
		return new ApplicationRequest(draft.callId(), draft.leadOrganisationId(), draft.partnerOrganisationIds(),
				draft.contentAreaCode(), draft.title(), draft.summary(), draft.goals(), lines(draft));
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	/** Each rule that was broken, at the input it is about. */
	Map<String, String> problems(RuleViolation violation, List<Integer> rows) {
		return this.check.problems(violation, field -> FormCheck.inputId(formField(field, rows)));
	}

	private void validate(ApplicationRequest request, List<Integer> rows, Map<String, String> errors) {
		this.check.problems(request, field -> FormCheck.inputId(formField(field, rows))).forEach(errors::putIfAbsent);
	}

	/** Budget lines are numbered as saved; the form may have blank rows between them. */
	private static String formField(String field, List<Integer> rows) {
		if (field.startsWith("budgetLines[") && !rows.isEmpty()) {
			int end = field.indexOf(']');
			int index = Integer.parseInt(field.substring("budgetLines[".length(), end));
			if (index < rows.size()) {
				return "budgetLines[" + rows.get(index) + field.substring(end);
			}
		}
		return field;
	}

	private List<BudgetLineRequest> typedLines(DraftForm form, List<Integer> rows, Map<String, String> errors) {
		List<BudgetLineRequest> lines = new ArrayList<>();
		for (int i = 0; i < form.budgetLines().size(); i++) {
			DraftForm.Line line = form.budgetLines().get(i);
			if (line.isBlank()) {
				continue;
			}
			Integer year = this.values.year(line.year(), "budgetLines-" + i + "-year", errors);
			Amount amount = this.values.amount(line.amount(), false, "budgetLines-" + i + "-amount", errors);
			rows.add(i);
			lines.add(new BudgetLineRequest(validatedLater(year), validatedLater(strip(line.description())),
					validatedLater(amount)));
		}
		return lines;
	}

	private static List<Long> partners(DraftForm form) {
		List<Long> partners = new ArrayList<>(form.partnerIds());
		if (form.addPartner() != null && !partners.contains(form.addPartner())) {
			partners.add(form.addPartner());
		}
		return partners;
	}

	private static List<BudgetLineRequest> lines(ApplicationView draft) {
		return draft.budgetLines()
			.stream()
			.map((BudgetLine l) -> new BudgetLineRequest(l.fiscalYear(), l.description(), l.amount()))
			.toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
