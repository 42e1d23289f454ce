package dk.pulje.grants;

import java.security.Principal;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.Versions;

/** Granted projects over HTTP: public, since decisions are. */
@RestController
@RequestMapping("/api/v1/granted-projects")
@Tag(name = "Granted projects",
		description = "Who was granted what, for what, what has been paid, and what they owe in reports")
class GrantController {

	private final GrantManagement grants;

	GrantController(GrantManagement grants) {
		this.grants = grants;
	}

	@GetMapping
	@Operation(summary = "List granted projects",
			description = "Projects that were granted money, filtered by pool, call, organisation or a text, a page at a "
					+ "time.")
	PageOf<GrantedProjectSummary> list(@RequestParam(required = false) Long poolId,
			@RequestParam(required = false) Long callId, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.grants.projects(new GrantManagement.Filter(poolId, callId, organisationId, q),
				Paging.of(page, size, sort, GrantManagement.SORTS, "title"));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a granted project",
			description = "A granted project with its years, conditions, obligations, payments and what it still has to be "
					+ "paid.")
	ResponseEntity<GrantedProjectView> read(@PathVariable long id) {
		GrantedProjectView project = this.grants.project(id);
		return Versions.withETag(project, project.version());
	}

	/**
	 * Moves the due date of one of the project's reports (numbered from 1), with the
	 * reason.
	 */
	@PostMapping("/{id}/obligations/{no}/due-date")
	@Operation(summary = "Move an obligation's due date",
			description = "Moves the due date of one of the project's report obligations, with the reason, which the "
					+ "history keeps.")
	ResponseEntity<GrantedProjectView> moveDueDate(@PathVariable long id, @PathVariable int no,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody DueDateRequest request) {
		GrantedProjectView project = this.grants.moveDueDate(id, Versions.ifMatch(ifMatch), no, request);
		return Versions.withETag(project, project.version());
	}

	/**
	 * Records a payment or a repayment. If-Match is optional: the payment rules hold
	 * whatever version the client read, and a payment recorded by someone else at the
	 * same moment is never written over.
	 */
	@PostMapping("/{id}/payments")
	@Operation(summary = "Register a payment",
			description = "Registers a payment of the grant. A payment can never exceed what the project has been granted "
					+ "and not yet been paid, nor be made while a final report it waits for is missing.")
	ResponseEntity<GrantedProjectView> pay(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody PaymentRequest request) {
		GrantedProjectView project = this.grants.pay(id, Versions.ifMatch(ifMatch), request);
		return Versions.withETag(project, project.version());
	}

	/**
	 * Confirms a year granted on the condition of its Finance Act, once the act provides
	 * the money; the year can be paid from then on.
	 */
	@PostMapping("/{id}/years/{year}/confirm")
	@Operation(summary = "Confirm a conditional year",
			description = "Confirms a year granted subject to the Finance Act, once the Act has been passed; the year can "
					+ "then be paid.")
	ResponseEntity<GrantedProjectView> confirmYear(@PathVariable long id, @PathVariable int year,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch, Principal principal) {
		GrantedProjectView project = this.grants.confirmYear(id, Versions.ifMatch(ifMatch), year, principal.getName());
		return Versions.withETag(project, project.version());
	}

}
