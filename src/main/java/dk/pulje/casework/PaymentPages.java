package dk.pulje.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.grants.PaymentKind;
import dk.pulje.grants.PaymentRequest;
import dk.pulje.money.Amount;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Pages;

/**
 * Recording a payment to a granted project, or a repayment from it, on the application's page. A refused payment
 * shows the page again with every problem at its field and the values as typed; nothing is stored.
 */
@Controller
class PaymentPages implements Pages {

	private final GrantManagement grants;

	private final CaseworkPages casework;

	private final Typed typed;

	private final FieldMessages messages;

	PaymentPages(GrantManagement grants, CaseworkPages casework, Typed typed, FieldMessages messages) {
		this.grants = grants;
		this.casework = casework;
		this.typed = typed;
		this.messages = messages;
	}

	@PostMapping("/casework/applications/{id}/payments")
	String pay(@PathVariable long id, @ModelAttribute("payment") PaymentForm form, Model model) {
		GrantedProjectView project = this.grants.projectOf(id)
			.orElseThrow(() -> new RecordNotFound("granted-project", id));
		Map<String, String> errors = new LinkedHashMap<>();
		PaymentKind kind = kind(form.kind(), errors);
		LocalDate paidOn = date(form.paidOn(), errors);
		Integer year = Typed.blank(form.fiscalYear()) ? missing("fiscalYear", errors)
				: this.typed.whole(form.fiscalYear(), "fiscalYear", errors);
		Optional<Amount> amount = Typed.blank(form.amount()) ? Optional.ofNullable(missing("amount", errors))
				: this.typed.amount(form.amount(), "amount", errors);
		if (form.reference() != null && form.reference().length() > 100) {
			errors.put("reference", this.messages.text("validation.Size", 0, 100));
		}
		if (errors.isEmpty()) {
			try {
				this.grants.pay(project.id(), form.version(),
						new PaymentRequest(kind, paidOn, year, amount.get(), Typed.orNull(form.reference())));
				return "redirect:/casework/applications/" + id + "?paid#payments";
			}
			catch (RuleViolation refused) {
				refused.all().forEach(v -> errors.putIfAbsent(v.field(), this.messages.of(v)));
			}
			catch (StaleVersion stale) {
				errors.put("payment", this.messages.text("problem.changed-meanwhile"));
			}
		}
		return this.casework.application(id, form, errors, model);
	}

	private PaymentKind kind(String typed, Map<String, String> errors) {
		try {
			return PaymentKind.valueOf(typed == null ? "" : typed);
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", this.messages.text("validation.NotNull"));
			return null;
		}
	}

	private LocalDate date(String typed, Map<String, String> errors) {
		if (Typed.blank(typed)) {
			errors.put("paidOn", this.messages.text("validation.NotNull"));
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("paidOn", this.messages.text("validation.value.LocalDate"));
			return null;
		}
	}

	/** Names an empty required input; always null, as the value it stands for. */
	private <T> T missing(String input, Map<String, String> errors) {
		errors.put(input, this.messages.text("validation.NotNull"));
		return null;
	}

}
