package dk.pulje.portal;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.applications.ApplicationList;
import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationStatus;
import dk.pulje.applications.ApplicationSummary;
import dk.pulje.applications.ApplicationView;
import dk.pulje.money.DanishTime;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.organisations.OrganisationView;
import dk.pulje.paging.Paging;
import dk.pulje.pools.CallView;
import dk.pulje.pools.PoolManagement;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.FormStep;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

/**
 * The applicant's pages. Each step of the form saves the draft: by its button without
 * JavaScript, and with htmx on every change, answering with when it was saved, so that
 * closing the browser or a timed-out session loses nothing already typed and moved away
 * from.
 */
@Controller
class PortalPages implements Pages {

	private static final int EMPTY_BUDGET_ROWS = 2;

	private final ApplicationManagement applications;

	private final ApplicationList applicationList;

	private final PoolManagement pools;

	private final OrganisationRegister organisations;

	private final OrganisationScope scope;

	private final Drafting drafting;

	private final FieldMessages messages;

	private final Clock clock;

	private final Formats formats;

	private final ApplicationDetails details;

	PortalPages(ApplicationDetails details, Formats formats, ApplicationManagement applications,
			ApplicationList applicationList, PoolManagement pools, OrganisationRegister organisations,
			OrganisationScope scope, Drafting drafting, FieldMessages messages, Clock clock) {
		this.applicationList = applicationList;
		this.applications = applications;
		this.pools = pools;
		this.organisations = organisations;
		this.scope = scope;
		this.drafting = drafting;
		this.messages = messages;
		this.clock = clock;
		this.formats = formats;
		this.details = details;
	}

	@GetMapping("/my")
	@Transactional(readOnly = true)
	String mine(Model model) {
		List<OrganisationView> mine = myOrganisations();
		Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
		mine.forEach(o -> types.add(o.type()));
		List<ApplicationSummary> applied = this.applicationList
			.applications(new ApplicationList.Filter(null, null, null, null, null),
					Paging.of(0, 200, "id,desc", ApplicationList.SORTS, "id"))
			.items();
		model.addAttribute("organisations", mine);
		model.addAttribute("openCalls", this.pools.openCalls(types));
		model.addAttribute("applications", applied);
		model.addAttribute("organisationNames",
				this.organisations.names(applied.stream().map(ApplicationSummary::leadOrganisationId).toList()));
		model.addAttribute("now", now());
		return "portal/mine";
	}

	@GetMapping("/my/calls/{callId}/apply")
	String startForm(@PathVariable long callId, Model model) {
		List<OrganisationView> mine = myOrganisations();
		return start(callId, DraftForm.ledBy(mine.size() == 1 ? mine.get(0).id() : null), Map.of(), model);
	}

	@PostMapping("/my/calls/{callId}/apply")
	String startDraft(@PathVariable long callId, @ModelAttribute("form") DraftForm form, Model model) {
		Drafting.Saved saved = this.drafting.start(callId, form);
		if (!saved.ok()) {
			return start(callId, form, saved.errors(), model);
		}
		return "redirect:/my/applications/" + saved.draft().id() + "/" + Step.DESCRIPTION.path();
	}

	private String start(long callId, DraftForm form, Map<String, String> errors, Model model) {
		CallView call = this.pools.call(callId);
		model.addAttribute("call", call);
		model.addAttribute("pool", this.pools.pool(call.poolId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("myOrganisations", myOrganisations());
		model.addAttribute("now", now());
		return "portal/start";
	}

	@GetMapping("/my/applications/{id}")
	String application(@PathVariable long id, Model model) {
		ApplicationView application = this.applications.application(id);
		if (application.status() == ApplicationStatus.DRAFT) {
			return "redirect:/my/applications/" + id + "/" + Step.BASICS.path();
		}
		describe(application, model);
		return "portal/application";
	}

	@GetMapping("/my/applications/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String check,
			Model model) {
		ApplicationView draft = this.applications.application(id);
		if (draft.status() != ApplicationStatus.DRAFT) {
			return "redirect:/my/applications/" + id;
		}
		Step current = Step.of(step).orElseThrow(() -> new RecordNotFound("application", id));
		Map<String, String> errors = new LinkedHashMap<>();
		if (current == Step.SUBMIT) {
			model.addAttribute("problems", problems(this.applications.submissionProblems(id), id));
		}
		else if (check != null) {
			errors.putAll(problemsAt(current, draft));
		}
		return form(draft, current, DraftForm.of(draft, this.formats), errors, model);
	}

	@PostMapping("/my/applications/{id}/{step}")
	String saveStep(@PathVariable long id, @PathVariable String step, @ModelAttribute("form") DraftForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ApplicationView draft = this.applications.application(id);
		Step current = Step.of(step).orElseThrow(() -> new RecordNotFound("application", id));
		if (draft.status() != ApplicationStatus.DRAFT) {
			return "redirect:/my/applications/" + id;
		}
		Drafting.Saved saved = this.drafting.save(draft, current, form);
		model.addAttribute("savedAt", saved.ok() ? now() : null);
		if (htmx != null || !saved.ok()) {
			return form(saved.draft(), current, saved.ok() ? DraftForm.of(saved.draft(), this.formats) : form,
					saved.errors(), model);
		}
		Step next = Step.of(form.go() == null ? "" : form.go()).orElse(current);
		return "redirect:/my/applications/" + id + "/" + next.path();
	}

	@PostMapping("/my/applications/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Principal person, Model model) throws IOException {
		ApplicationView draft = this.applications.application(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			errors.put("file", this.messages.text("attachment.choose"));
		}
		else {
			try {
				this.applications.attach(id, file.getOriginalFilename(), file.getBytes(), person.getName());
				return "redirect:/my/applications/" + id + "/" + Step.ATTACHMENTS.path() + "?added";
			}
			catch (RuleViolation refused) {
				errors.put("file", this.messages.of(refused));
			}
		}
		return form(draft, Step.ATTACHMENTS, DraftForm.of(draft, this.formats), errors, model);
	}

	@PostMapping("/my/applications/{id}/attachments/{key}/remove")
	String detach(@PathVariable long id, @PathVariable String key) {
		this.applications.detach(id, key);
		return "redirect:/my/applications/" + id + "/" + Step.ATTACHMENTS.path() + "?removed";
	}

	@PostMapping("/my/applications/{id}/submit/send")
	String submit(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model) {
		ApplicationView draft = this.applications.application(id);
		try {
			this.applications.submit(id, version, null);
		}
		catch (RuleViolation refused) {
			model.addAttribute("refused", true);
			model.addAttribute("problems", problems(refused.all(), id));
			return form(this.applications.application(id), Step.SUBMIT, DraftForm.of(draft, this.formats), Map.of(),
					model);
		}
		return "redirect:/my/applications/" + id + "?submitted";
	}

	private List<FormStep.Problem> problems(List<RuleViolation> violations, long id) {
		return FormStep.problems(violations, Step.SUBMIT, "/my/applications/" + id, this.messages);
	}

	/** The submission problems that belong to a step, each at its input. */
	private Map<String, String> problemsAt(Step step, ApplicationView draft) {
		return FormStep.problemsAt(step, this.applications.submissionProblems(draft.id()), Step.SUBMIT, this.messages);
	}

	private String form(ApplicationView draft, Step step, DraftForm form, Map<String, String> errors, Model model) {
		describe(draft, model);
		model.addAttribute("step", step);
		model.addAttribute("steps", Step.values());
		model.addAttribute("form",
				step == Step.BUDGET ? form.withBudgetRows(draft.budgetLines().size() + EMPTY_BUDGET_ROWS) : form);
		model.addAttribute("errors", errors);
		model.addAttribute("myOrganisations", myOrganisations());
		model.addAttribute("maxFileMegabytes", ApplicationManagement.MAX_ATTACHMENT_BYTES / (1024 * 1024));
		if (step == Step.PARTNERS) {
			model.addAttribute("allOrganisations",
					this.organisations
						.list(new OrganisationRegister.Filter(null, null, null, null, null),
								Paging.of(0, Paging.MAX_SIZE, "name", OrganisationRegister.SORTABLE, "name"))
						.items());
		}
		return "portal/step";
	}

	private void describe(ApplicationView application, Model model) {
		this.details.describe(application, model);
		model.addAttribute("now", now());
	}

	private List<OrganisationView> myOrganisations() {
		Set<Long> ids = this.scope.limitedTo().map(OrganisationScope.Limits::organisations).orElse(Set.of());
		return ids.isEmpty() ? List.of() : this.organisations.findAll(ids, "organisations");
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
