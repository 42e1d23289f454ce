package dk.pulje.reports.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.grants.DueDateRequest;
import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.grants.RepaymentClaim;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.pools.PoolCatalogue;
import dk.pulje.reports.FollowUpCaseworkers;
import dk.pulje.reports.ObligationState;
import dk.pulje.reports.Reminders;
import dk.pulje.reports.ReportManagement;
import dk.pulje.reports.ReportQueue;
import dk.pulje.reports.ReportView;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormValues.validatedLater;

/**
 * The caseworker's follow-up: every report due, due soon, overdue or awaiting review,
 * filtered by where it stands and by pool, and the page on which a report handed in is
 * approved or returned with its reasons.
 */
@Controller
class ReportReview implements Pages {

	private final ReportManagement reports;

	private final ReportQueue queue;

	private final Reminders reminders;

	private final FormValues values;

	private final GrantManagement grants;

	private final FollowUpCaseworkers caseworkers;

	private final PoolCatalogue pools;

	ReportReview(ReportManagement reports, ReportQueue queue, Reminders reminders, FormValues values,
			GrantManagement grants, FollowUpCaseworkers caseworkers, PoolCatalogue pools) {
		this.pools = pools;
		this.grants = grants;
		this.caseworkers = caseworkers;
		this.reports = reports;
		this.queue = queue;
		this.reminders = reminders;
		this.values = values;
	}

	/**
	 * The follow-up queue, filtered by state, pool and caseworker ("mine" for the
	 * caseworker reading it, "-" for the projects nobody has taken). The pool is found by
	 * any part of its name, which the caseworker types: a national authority has tens of
	 * thousands of pools with granted projects, too many to choose from a list (as one,
	 * they made the page three megabytes). A pool's id, as a link may give it, filters by
	 * that pool, and its name fills the field.
	 */
	@GetMapping("/casework/reports")
	@Transactional(readOnly = true)
	String queue(@RequestParam(required = false) @Nullable ObligationState state,
			@RequestParam(required = false) @Nullable Long poolId,
			@RequestParam(required = false) @Nullable String pool,
			@RequestParam(required = false) @Nullable String caseworker,
			@RequestParam(required = false) @Nullable Integer page, Principal person, Model model) {
		String followedBy = "mine".equals(caseworker) ? person.getName() : caseworker;
		String poolName = pool == null ? null : pool.strip();
		PageOf<ReportQueue.Obligation> obligations = this.queue.obligations(
				new ReportQueue.Filter(state, poolId, null, followedBy, poolName),
				Paging.of(page, Paging.DEFAULT_SIZE, null, ReportQueue.SORTS, "dueDate"));
		model.addAttribute("obligations", obligations);
		model.addAttribute("state", state);
		model.addAttribute("poolId", poolId);
		model.addAttribute("pool", poolId == null ? poolName : this.pools.names(List.of(poolId)).get(poolId));
		model.addAttribute("caseworker", caseworker);
		model.addAttribute("caseworkers", this.caseworkers.caseworkers());
		model.addAttribute("states", ObligationState.values());
		return "reports/queue";
	}

	@GetMapping("/casework/projects/{id}")
	String project(@PathVariable long id, Model model) {
		return project(this.reports.project(id), Map.of(), null, null, model);
	}

	/** Moves the due date of one of the project's reports, with the reason. */
	@PostMapping("/casework/projects/{id}/obligations/{no}/due-date")
	String moveDueDate(@PathVariable long id, @PathVariable int no,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String dueDate,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		GrantedProjectView project = this.reports.project(id);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate newDate = this.values.date(dueDate, true, "dueDate-" + no, errors);
		String why = this.values.required(reason, FormCheck.longest(DueDateRequest.class, "reason"), "reason-" + no,
				errors);
		if (errors.isEmpty() && this.values
			.attempt(
					() -> this.grants.moveDueDate(id, version, no,
							new DueDateRequest(validatedLater(newDate), validatedLater(why))),
					errors, field -> field.equals("reason") ? "reason-" + no : "dueDate-" + no, "granted-project")
			.isPresent()) {
			return "redirect:/casework/projects/" + id + "?moved";
		}
		return project(project, errors, dueDate, reason, model);
	}

	/**
	 * Gives the project to a caseworker, or to nobody; a project given to someone else
	 * meanwhile is not taken from them unseen.
	 */
	@PostMapping("/casework/projects/{id}/caseworker")
	String assign(@PathVariable long id, @RequestParam(required = false) @Nullable Long caseworkerVersion,
			@RequestParam(required = false) @Nullable String caseworker, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values
			.attempt(() -> this.caseworkers.assign(id, caseworkerVersion, caseworker), errors, field -> "caseworker",
					"caseworker")
			.isPresent()) {
			return "redirect:/casework/projects/" + id + "?assigned";
		}
		return project(this.reports.project(id), errors, null, null, model);
	}

	@PostMapping("/casework/projects/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values.attempt(() -> this.reports.close(id, version), errors, field -> "close", "granted-project")
			.isPresent()) {
			return "redirect:/casework/projects/" + id + "?closed";
		}
		return project(this.reports.project(id), errors, null, null, model);
	}

	private String project(GrantedProjectView project, Map<String, String> errors, @Nullable String dueDate,
			@Nullable String reason, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("obligations",
				this.queue
					.obligations(new ReportQueue.Filter(null, null, project.id()),
							Paging.of(0, Paging.MAX_SIZE, null, ReportQueue.SORTS, "dueDate"))
					.items());
		model.addAttribute("reminders", this.reminders.of(project.id()));
		model.addAttribute("assignment", this.caseworkers.of(project.id()));
		model.addAttribute("caseworkers", this.caseworkers.caseworkers());
		model.addAttribute("errors", errors);
		model.addAttribute("dueDate", dueDate);
		model.addAttribute("reason", reason);
		return "reports/casework-project";
	}

	@GetMapping("/casework/reports/{id}")
	String report(@PathVariable long id, Model model) {
		return review(this.reports.report(id), null, Map.of(), model);
	}

	@PostMapping("/casework/reports/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values.attempt(() -> this.reports.approve(id, version), errors, field -> "review", "report")
			.isPresent()) {
			return "redirect:/casework/reports/" + id + "?approved";
		}
		return review(this.reports.report(id), null, errors, model);
	}

	@PostMapping("/casework/reports/{id}/return")
	String returnToOrganisation(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		String why = this.values.text(reason, 4000, "reason", errors);
		if (errors.isEmpty() && this.values
			.attempt(() -> this.reports.returnToOrganisation(id, version, why), errors,
					field -> field.equals("reason") ? "reason" : "review", "report")
			.isPresent()) {
			return "redirect:/casework/reports/" + id + "?returned";
		}
		return review(this.reports.report(id), reason, errors, model);
	}

	private String review(ReportView report, @Nullable String reason, Map<String, String> errors, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("reason", reason);
		model.addAttribute("daysToPay", RepaymentClaim.DAYS_TO_PAY);
		model.addAttribute("reminders",
				this.reminders.of(report.grantedProjectId())
					.stream()
					.filter(r -> r.obligationNo() == report.obligationNo())
					.toList());
		model.addAttribute("errors", errors);
		return "reports/review";
	}

}
