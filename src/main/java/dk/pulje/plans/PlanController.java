package dk.pulje.plans;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.audit.AuditHistory;
import dk.pulje.audit.HistoryEntry;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.Versions;

/**
 * Action plans over HTTP: public to read unless internal, recorded and changed whole by
 * the authority's staff.
 */
@RestController
@RequestMapping("/api/v1/action-plans")
@Tag(name = "Action plans", description = "Plans with tracks, initiatives, assessments, indicators and funding")
class PlanController {

	private final PlanManagement plans;

	private final AuditHistory history;

	PlanController(PlanManagement plans, AuditHistory history) {
		this.plans = plans;
		this.history = history;
	}

	@GetMapping
	PageOf<PlanManagement.PlanSummary> plans(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.plans.plans(q, Paging.of(page, size, sort, PlanManagement.SORTS, "name"));
	}

	@GetMapping("/{id}")
	ResponseEntity<ActionPlanView> plan(@PathVariable long id) {
		ActionPlanView plan = this.plans.plan(id);
		return Versions.withETag(plan, plan.version());
	}

	@GetMapping("/{id}/history")
	PageOf<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		this.plans.plan(id);
		return this.history.history("action-plans", id, AuditHistory.newestFirst(page, size));
	}

	@PostMapping
	ResponseEntity<ActionPlanView> record(@Valid @RequestBody ActionPlanRequest request) {
		ActionPlanView plan = this.plans.record(request, false);
		return Versions.created("/api/v1/action-plans/" + plan.id(), plan, plan.version());
	}

	@PutMapping("/{id}")
	ResponseEntity<ActionPlanView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody ActionPlanRequest request) {
		ActionPlanView plan = this.plans.change(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(plan, plan.version());
	}

}
