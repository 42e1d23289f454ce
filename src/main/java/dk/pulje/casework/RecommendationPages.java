package dk.pulje.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.applications.RecommendationListView;
import dk.pulje.applications.RecommendationManagement;
import dk.pulje.applications.RecommendationRequest;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

/**
 * The caseworker's recommendation list for a call: every application handed in, in the
 * assessment's rank, with what is recommended for it, the applications still to
 * recommend, and what the list grants against what the call has left; an outcome
 * recommended for one application at a time; and the list submitted as a whole to whoever
 * decides.
 */
@Controller
class RecommendationPages implements Pages {

	private final RecommendationManagement recommendations;

	private final ApplicationManagement applications;

	private final RecommendationTable table;

	private final FormValues values;

	private final Formats formats;

	RecommendationPages(RecommendationManagement recommendations, ApplicationManagement applications,
			RecommendationTable table, FormValues values, Formats formats) {
		this.recommendations = recommendations;
		this.applications = applications;
		this.table = table;
		this.values = values;
		this.formats = formats;
	}

	@GetMapping("/casework/calls/{id}/recommendation")
	String list(@PathVariable long id, Model model) {
		return list(id, Map.of(), model);
	}

	/** Submits the list as a whole; what stops it is named beside the list. */
	@PostMapping("/casework/calls/{id}/recommendation/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values
			.attempt(() -> this.recommendations.submit(id, version), errors, RecommendationPages::inputOf,
					"recommendation-list")
			.isPresent()) {
			return "redirect:/casework/calls/" + id + "/recommendation?submitted";
		}
		return list(id, errors, model);
	}

	@GetMapping("/casework/applications/{id}/recommendation")
	String recommendation(@PathVariable long id, Model model) {
		ApplicationView application = this.applications.application(id);
		RecommendationListView list = this.recommendations.list(application.callId());
		RecommendationListView.Item item = RecommendationTable.item(list, id);
		return form(application, list, DecisionForm.of(list.version(), application.requested(),
				item == null ? null : item.recommended(), this.formats), Map.of(), model);
	}

	@PostMapping("/casework/applications/{id}/recommendation")
	String recommend(@PathVariable long id, @ModelAttribute("form") DecisionForm form, Model model) {
		ApplicationView application = this.applications.application(id);
		Map<String, String> errors = new LinkedHashMap<>();
		RecommendationRequest request = form.toRecommendation(this.values, errors);
		if (request != null && this.values
			.attempt(() -> this.recommendations.recommend(application.callId(), id, form.version(), request), errors,
					DecisionForm::inputOf, "recommendation-list")
			.isPresent()) {
			return "redirect:/casework/calls/" + application.callId() + "/recommendation?recommended=" + id + "#item-"
					+ id;
		}
		return form(application, this.recommendations.list(application.callId()), form, errors, model);
	}

	private String form(ApplicationView application, RecommendationListView list, DecisionForm form,
			Map<String, String> errors, Model model) {
		model.addAttribute("app", application);
		model.addAttribute("list", list);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("outcomes", DecisionOutcome.values());
		return "casework/recommendation-form";
	}

	private String list(long id, Map<String, String> errors, Model model) {
		this.table.describe(this.recommendations.list(id), model);
		model.addAttribute("errors", errors);
		return "casework/recommendation";
	}

	/**
	 * "recommendations.17" (application 17 lacks a recommendation) is shown at its row.
	 */
	private static String inputOf(String field) {
		return field.startsWith("recommendations.") ? "item-" + field.substring("recommendations.".length()) : field;
	}

}
