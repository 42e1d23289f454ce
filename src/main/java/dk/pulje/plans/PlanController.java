package dk.pulje.plans;

import java.time.Clock;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.audit.AuditHistory;
import dk.pulje.audit.HistoryEntry;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.InternalExport;
import dk.pulje.web.TablesView;
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

	private final FieldMessages words;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlanController(PlanManagement plans, AuditHistory history, FieldMessages words, Clock clock,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.history = history;
		this.words = words;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "List action plans",
			description = "The action plans an authority follows, filtered by a text in their titles, a page at a time. "
					+ "Internal plans are listed only to the authority's staff.")
	PageOf<PlanManagement.PlanSummary> plans(@RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.plans.plans(q, Paging.of(page, size, sort, PlanManagement.SORTS, "name"));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an action plan",
			description = "An action plan with its tracks, initiatives, assessments, indicators and funding. The `ETag` "
					+ "is its version, for `If-Match` on a change.")
	ResponseEntity<ActionPlanView> plan(@PathVariable long id) {
		ActionPlanView plan = this.plans.plan(id);
		return Versions.withETag(plan, plan.version());
	}

	@GetMapping("/{id}/status-report")
	@Operation(summary = "Read an action plan's status report",
			description = "The status report for a year (the plan's latest reporting year when none is asked for): each "
					+ "track with its assessment, each initiative with its status, the indicators for the year and the "
					+ "year before, and the funding; the same tables as the report's page and files. An internal plan's "
					+ "report is read only by the authority's staff, and each reading is recorded.")
	TablesView statusReport(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year) {
		StatusReport report = StatusReport.of(this.plans.plan(id), year, this.clock.instant(), this.words);
		if (report.plan().internal()) {
			this.events.publishEvent(new InternalExport("action_plan", id, "json"));
		}
		return TablesView.of(report.title(this.words), report.tables());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Read an action plan's history",
			description = "Who changed the plan, when, and from what to what, newest first.")
	PageOf<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		this.plans.plan(id);
		return this.history.history("action-plans", id, AuditHistory.newestFirst(page, size));
	}

	@PostMapping
	@Operation(summary = "Record an action plan",
			description = "Records a plan with its initiatives, and answers 201 with its address and first version.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ActionPlanView> record(@Valid @RequestBody ActionPlanRequest request) {
		ActionPlanView plan = this.plans.record(request, false);
		return Versions.created("/api/v1/action-plans/" + plan.id(), plan, plan.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an action plan",
			description = "Replaces the plan with the one sent. `If-Match` must name the version the change was made from.")
	ResponseEntity<ActionPlanView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody ActionPlanRequest request) {
		ActionPlanView plan = this.plans.change(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(plan, plan.version());
	}

}
