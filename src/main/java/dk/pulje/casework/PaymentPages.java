package dk.pulje.casework;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.grants.PaymentKind;
import dk.pulje.grants.PaymentRequest;
import dk.pulje.money.Amount;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormValues.validatedLater;

/**
 * Recording a payment to a granted project, or a repayment from it, on the application's
 * page. A refused payment shows the page again with every problem at its field and the
 * values as typed; nothing is stored.
 */
@Controller
class PaymentPages implements Pages {

	private final GrantManagement grants;

	private final CaseworkPages casework;

	private final FieldMessages messages;

	private final FormValues values;

	PaymentPages(GrantManagement grants, CaseworkPages casework, FieldMessages messages, FormValues values) {
		this.values = values;
		this.grants = grants;
		this.casework = casework;
		this.messages = messages;
	}

	@PostMapping("/casework/applications/{id}/payments")
	String pay(@PathVariable long id, @ModelAttribute("payment") PaymentForm form, Model model) {
		GrantedProjectView project = this.grants.projectOf(id)
			.orElseThrow(() -> new RecordNotFound("granted-project", id));
		Map<String, String> errors = new LinkedHashMap<>();
		PaymentKind kind = this.values.choice(PaymentKind.class, form.kind(), "kind", errors);
		if (kind == null) {
			errors.putIfAbsent("kind", this.messages.text("validation.NotNull"));
		}
		LocalDate paidOn = this.values.date(form.paidOn(), true, "paidOn", errors);
		Integer year = this.values.year(form.fiscalYear(), "fiscalYear", errors);
		if (year == null) {
			errors.putIfAbsent("fiscalYear", this.messages.text("validation.NotNull"));
		}
		Amount amount = this.values.amount(form.amount(), true, "amount", errors);
		String reference = this.values.text(form.reference(), 100, "reference", errors);
		if (errors.isEmpty()
				&& this.values
					.attempt(
							() -> this.grants.pay(project.id(), form.version(),
									new PaymentRequest(validatedLater(kind), validatedLater(paidOn),
											validatedLater(year), validatedLater(amount), reference)),
							errors, field -> field, "payment")
					.isPresent()) {
			return "redirect:/casework/applications/" + id + "?paid#payments";
		}
		return this.casework.application(id, form, errors, model);
	}

	/**
	 * Confirms a year granted on the condition of its Finance Act, once the act provides
	 * the money.
	 */
	@PostMapping("/casework/applications/{id}/years/{year}/confirm")
	String confirmYear(@PathVariable long id, @PathVariable int year,
			@RequestParam(required = false) @Nullable Long version, Principal caseworker, Model model) {
		GrantedProjectView project = this.grants.projectOf(id)
			.orElseThrow(() -> new RecordNotFound("granted-project", id));
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values
			.attempt(() -> this.grants.confirmYear(project.id(), version, year, caseworker.getName()), errors,
					field -> "confirm", "payment")
			.isPresent()) {
			return "redirect:/casework/applications/" + id + "?confirmed#payments";
		}
		return this.casework.application(id, PaymentForm.blank(project), errors, model);
	}

}
