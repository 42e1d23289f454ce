package dk.pulje.deciding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.applications.RecommendationListView;
import dk.pulje.applications.RecommendationManagement;
import dk.pulje.applications.RecommendationRequest;
import dk.pulje.casework.DecisionForm;
import dk.pulje.casework.DecisionLetters;
import dk.pulje.casework.RecommendationTable;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

/**
 * The decider's pages. The lists before it; one list with each application's
 * recommendation in rank, a change to one item (with the reason) and the decision on the
 * whole list, dated the decider's day; and, once decided, every letter as one ZIP file.
 */
@Controller
class DecisionPages implements Pages {

	private final RecommendationManagement recommendations;

	private final ApplicationManagement applications;

	private final RecommendationTable table;

	private final DecisionLetters letters;

	private final FormValues values;

	private final Formats formats;

	private final Clock clock;

	private final OrganisationScope scope;

	DecisionPages(RecommendationManagement recommendations, ApplicationManagement applications,
			RecommendationTable table, DecisionLetters letters, FormValues values, Formats formats, Clock clock,
			OrganisationScope scope) {
		this.scope = scope;
		this.recommendations = recommendations;
		this.applications = applications;
		this.table = table;
		this.letters = letters;
		this.values = values;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/decisions")
	String lists(Model model) {
		model.addAttribute("lists", this.recommendations.beforeMe());
		return "deciding/lists";
	}

	@GetMapping("/decisions/{callId}")
	String list(@PathVariable long callId, Model model) {
		return list(callId, null, Map.of(), model);
	}

	/**
	 * Decides the list as it stands, on the day given (today when none is); what stops it
	 * (the four eyes, the call's offer, a missing recommendation) is named on the page.
	 */
	@PostMapping("/decisions/{callId}/decide")
	String decide(@PathVariable long callId, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String decidedOn, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate on = this.values.date(decidedOn, false, "decidedOn", errors);
		if (errors.isEmpty() && this.values
			.attempt(() -> this.recommendations.decide(callId, version, on), errors, field -> field,
					"recommendation-list")
			.isPresent()) {
			return "redirect:/decisions/" + callId + "?decided";
		}
		return list(callId, decidedOn, errors, model);
	}

	@GetMapping("/decisions/{callId}/applications/{applicationId}")
	String change(@PathVariable long callId, @PathVariable long applicationId, Model model) {
		RecommendationListView list = this.recommendations.beforeMe(callId);
		RecommendationListView.Item item = itemOf(list, applicationId);
		RecommendationListView.Proposal proposed = item.change() != null ? item.change() : item.recommended();
		DecisionForm form = DecisionForm.of(list.version(), item.requestedByYear(), proposed, this.formats);
		return changeForm(list, item,
				new DecisionForm(form.version(), form.outcome(), form.granted(), form.conditional(), null, null),
				Map.of(), model);
	}

	@PostMapping("/decisions/{callId}/applications/{applicationId}")
	String changed(@PathVariable long callId, @PathVariable long applicationId,
			@ModelAttribute("form") DecisionForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		RecommendationRequest request = form.toRecommendation(this.values, errors);
		if (request != null && this.values
			.attempt(() -> this.recommendations.change(callId, applicationId, form.version(), request), errors,
					DecisionForm::inputOf, "recommendation-list")
			.isPresent()) {
			return "redirect:/decisions/" + callId + "?changed=" + applicationId + "#item-" + applicationId;
		}
		RecommendationListView list = this.recommendations.beforeMe(callId);
		return changeForm(list, itemOf(list, applicationId), form, errors, model);
	}

	/** Every letter of a decided list, one PDF each, as one ZIP file. */
	@GetMapping("/decisions/{callId}/letters.zip")
	ResponseEntity<byte[]> letters(@PathVariable long callId) {
		if (!this.scope.readsInternal()) {
			this.recommendations.beforeMe(callId);
		}
		List<ApplicationView> decided = this.recommendations.decidedApplications(callId)
			.stream()
			.map(this.applications::application)
			.toList();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("afgoerelsesbreve-" + callId + ".zip").build().toString())
			.body(this.letters.zip(decided));
	}

	private String list(long callId, @Nullable String decidedOn, Map<String, String> errors, Model model) {
		this.table.describe(this.recommendations.beforeMe(callId), model);
		model.addAttribute("errors", errors);
		model.addAttribute("decidedOn",
				decidedOn != null ? decidedOn : DanishTime.of(this.clock.instant()).toLocalDate().toString());
		return "deciding/list";
	}

	private String changeForm(RecommendationListView list, RecommendationListView.Item item, DecisionForm form,
			Map<String, String> errors, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("outcomes", DecisionOutcome.values());
		return "deciding/change";
	}

	private static RecommendationListView.Item itemOf(RecommendationListView list, long applicationId) {
		RecommendationListView.Item item = RecommendationTable.item(list, applicationId);
		if (item == null) {
			throw new RecordNotFound("application", applicationId);
		}
		return item;
	}

}
