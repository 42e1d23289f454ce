package dk.pulje.casework;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.applications.ApplicationList;
import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationStatus;
import dk.pulje.applications.ApplicationSummary;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.CallStatistics;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.applications.DecisionRequest;
import dk.pulje.applications.RecommendationListView;
import dk.pulje.applications.RecommendationManagement;
import dk.pulje.applications.ReviewManagement;
import dk.pulje.audit.AuditHistory;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.grants.PaymentKind;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.pools.CallView;
import dk.pulje.pools.PoolCatalogue;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.RepostRequest;
import dk.pulje.portal.ApplicationDetails;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormValues.orNull;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * The caseworker's pages: calls, a call's applications, deciding one, completing the
 * allocation and re-posting what is left. Every change names what was wrong when it is
 * refused, and stores nothing then.
 */
@Controller
class CaseworkPages implements Pages {

	private final PoolManagement pools;

	private final PoolCatalogue catalogue;

	private final ApplicationManagement applications;

	private final ApplicationList applicationList;

	private final ReviewManagement reviews;

	private final RecommendationManagement recommendations;

	private final CallStatistics statistics;

	private final OrganisationRegister organisations;

	private final FieldMessages messages;

	private final Formats formats;

	private final Clock clock;

	private final FormValues values;

	private final AuditHistory history;

	private final ApplicationDetails details;

	CaseworkPages(PoolManagement pools, PoolCatalogue catalogue, ApplicationManagement applications,
			ApplicationList applicationList, OrganisationRegister organisations, FieldMessages messages,
			Formats formats, Clock clock, FormValues values, AuditHistory history, ApplicationDetails details,
			ReviewManagement reviews, CallStatistics statistics, RecommendationManagement recommendations) {
		this.recommendations = recommendations;
		this.statistics = statistics;
		this.reviews = reviews;
		this.applicationList = applicationList;
		this.values = values;
		this.catalogue = catalogue;
		this.history = history;
		this.details = details;
		this.pools = pools;
		this.applications = applications;
		this.organisations = organisations;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	/** A call as the list of calls shows it, with its pool's name. */
	record CallLine(CallView call, @Nullable String poolName) {
	}

	@GetMapping("/casework")
	@Transactional(readOnly = true)
	String calls(@RequestParam(required = false) Integer page, Model model) {
		PageOf<CallView> calls = this.pools.calls(null, null,
				Paging.of(page, 50, "deadline,desc", PoolManagement.CALL_SORTS, "deadline"));
		Map<Long, String> poolNames = this.catalogue
			.names(calls.items().stream().map(CallView::poolId).distinct().toList());
		List<CallLine> lines = calls.items()
			.stream()
			.map(call -> new CallLine(call, poolNames.get(call.poolId())))
			.toList();
		model.addAttribute("calls", calls);
		model.addAttribute("lines", lines);
		model.addAttribute("now", now());
		return "casework/calls";
	}

	/** An application in a call's list, with where it breaks its pool's rules. */
	record ApplicationLine(ApplicationSummary application, @Nullable String organisation, List<String> flags) {
	}

	@GetMapping("/casework/calls/{id}")
	@Transactional(readOnly = true)
	String call(@PathVariable long id, Model model) {
		return call(id, RepostForm.EMPTY, Map.of(), model);
	}

	private String call(long id, RepostForm repost, Map<String, String> errors, Model model) {
		CallView call = this.pools.call(id);
		model.addAttribute("statistics", this.statistics.of(call).orElse(null));
		List<ApplicationSummary> applied = this.applicationList
			.applications(new ApplicationList.Filter(id, null, null, null, null),
					Paging.of(0, Paging.MAX_SIZE, "title", ApplicationList.SORTS, "title"))
			.items();
		Map<Long, String> names = this.organisations
			.names(applied.stream().map(ApplicationSummary::leadOrganisationId).toList());
		Map<Long, List<RuleViolation>> problems = this.applications.poolRuleProblems(applied.stream()
			.filter(a -> a.status() == ApplicationStatus.SUBMITTED)
			.map(ApplicationSummary::id)
			.toList());
		List<ApplicationLine> lines = applied.stream()
			.filter(a -> a.status() != ApplicationStatus.DRAFT)
			.map(a -> new ApplicationLine(a, names.get(a.leadOrganisationId()),
					problems.getOrDefault(a.id(), List.of()).stream().map(this.messages::of).toList()))
			.toList();
		if (repost.version() == null) {
			repost = RepostForm.of(call, this.formats);
		}
		model.addAttribute("call", call);
		model.addAttribute("history", this.history.history("calls", id, AuditHistory.newestFirst(0, 50)).items());
		model.addAttribute("pool", this.pools.pool(call.poolId()));
		model.addAttribute("lines", lines);
		model.addAttribute("repost", repost);
		model.addAttribute("errors", errors);
		model.addAttribute("now", now());
		return "casework/call";
	}

	@PostMapping("/casework/calls/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) Long version, Model model) {
		try {
			this.pools.completeAllocation(id, version);
		}
		catch (RuleViolation | StaleVersion refused) {
			return call(id, RepostForm.EMPTY, Map.of("complete", message(refused)), model);
		}
		return "redirect:/casework/calls/" + id + "?completed";
	}

	@PostMapping("/casework/calls/{id}/repost")
	String repost(@PathVariable long id, @ModelAttribute("repost") RepostForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Amount amount = this.values.amount(form.amount(), false, "amount", errors);
		LocalDateTime opensAt = this.values.time(form.opensAt(), "opensAt", errors);
		LocalDateTime deadline = this.values.time(form.deadline(), "deadline", errors);
		if (errors.isEmpty()) {
			try {
				CallView posted = this.pools.repost(id, form.version(), new RepostRequest(orNull(form.title()), amount,
						validatedLater(opensAt), validatedLater(deadline)), false);
				return "redirect:/casework/calls/" + posted.id() + "?reposted";
			}
			catch (RuleViolation refused) {
				refused.all().forEach(v -> errors.putIfAbsent(v.field(), this.messages.of(v)));
			}
			catch (StaleVersion stale) {
				errors.put("repost", message(stale));
			}
		}
		return call(id, form, errors, model);
	}

	@GetMapping("/casework/applications/{id}")
	String application(@PathVariable long id, Model model) {
		ApplicationView application = this.applications.application(id);
		return application(application, DecisionForm.of(application, this.formats), Map.of(), model);
	}

	/**
	 * The application's page again, with a payment as typed and what was wrong with it.
	 */
	String application(long id, PaymentForm payment, Map<String, String> paymentErrors, Model model) {
		ApplicationView application = this.applications.application(id);
		model.addAttribute("payment", payment);
		model.addAttribute("paymentErrors", paymentErrors);
		return application(application, DecisionForm.of(application, this.formats), Map.of(), model);
	}

	/** Gives the application to a reviewer to score against the pool's criteria. */
	@PostMapping("/casework/applications/{id}/reviews")
	String assignReviewer(@PathVariable long id, @RequestParam(required = false) @Nullable String reviewer,
			Principal caseworker, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (reviewer == null || reviewer.isBlank()) {
			errors.put("reviewer", this.messages.text("validation.NotBlank"));
		}
		else if (this.values
			.attempt(() -> this.reviews.assign(id, reviewer, caseworker.getName()), errors, field -> "reviewer",
					"review")
			.isPresent()) {
			return "redirect:/casework/applications/" + id + "?assigned#reviews";
		}
		model.addAttribute("reviewErrors", errors);
		ApplicationView application = this.applications.application(id);
		return application(application, DecisionForm.of(application, this.formats), Map.of(), model);
	}

	@PostMapping("/casework/applications/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute("form") DecisionForm form, Model model) {
		ApplicationView application = this.applications.application(id);
		Map<String, String> errors = new LinkedHashMap<>();
		DecisionRequest decision = form.toDecision(this.values, errors);
		if (decision != null && this.values
			.attempt(() -> this.applications.decide(id, form.version(), decision), errors, DecisionForm::inputOf,
					"decision")
			.isPresent()) {
			return "redirect:/casework/calls/" + application.callId() + "?decided=" + id;
		}
		return application(application, form, errors, model);
	}

	private String application(ApplicationView application, DecisionForm form, Map<String, String> errors,
			Model model) {
		this.details.describe(application, model);
		if (!model.containsAttribute("payment")
				&& model.getAttribute("project") instanceof GrantedProjectView project) {
			model.addAttribute("payment", PaymentForm.blank(project));
			model.addAttribute("paymentErrors", Map.of());
		}
		model.addAttribute("paymentKinds", PaymentKind.values());
		model.addAttribute("reviews", this.reviews.reviews(application.id()));
		model.addAttribute("reviewers", this.reviews.reviewers());
		if (!model.containsAttribute("reviewErrors")) {
			model.addAttribute("reviewErrors", Map.of());
		}
		model.addAttribute("flags",
				application.status() == ApplicationStatus.SUBMITTED
						? this.applications.poolRuleProblems(application.id()).stream().map(this.messages::of).toList()
						: List.of());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("outcomes", DecisionOutcome.values());
		RecommendationListView list = this.recommendations.list(application.callId());
		RecommendationListView.Item item = RecommendationTable.item(list, application.id());
		model.addAttribute("list", list);
		model.addAttribute("listItem", item);
		model.addAttribute("now", now());
		return "casework/application";
	}

	/**
	 * Why completing or re-posting a call was refused: a rule, or the call changed
	 * meanwhile.
	 */
	private @Nullable String message(RuntimeException refused) {
		if (refused instanceof RuleViolation violation) {
			return this.messages.of(violation);
		}
		return this.messages.text("call.changed-meanwhile");
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
