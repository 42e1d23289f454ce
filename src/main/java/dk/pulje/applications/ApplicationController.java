package dk.pulje.applications;

import java.io.IOException;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dk.pulje.audit.AuditHistory;
import dk.pulje.audit.HistoryEntry;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.Versions;

/** Applications over HTTP; submit, withdraw and decide are explicit actions. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Draft, submit, withdraw and decide applications")
class ApplicationController {

	private final ApplicationManagement applications;

	private final ApplicationList applicationList;

	private final AuditHistory history;

	ApplicationController(ApplicationManagement applications, ApplicationList applicationList, AuditHistory history) {
		this.applicationList = applicationList;
		this.applications = applications;
		this.history = history;
	}

	@GetMapping
	@Operation(summary = "List applications",
			description = "Applications by call, pool, status or a text, a page at a time. An applicant sees only its own "
					+ "organisations' applications.")
	PageOf<ApplicationSummary> list(@RequestParam(required = false) Long callId,
			@RequestParam(required = false) Long poolId, @RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return this.applicationList.applications(new ApplicationList.Filter(callId, poolId, status, organisationId, q),
				Paging.of(page, size, sort, ApplicationList.SORTS, "id"));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an application",
			description = "An application with its budget by year, co-authors, files, and its decision when decided.")
	ResponseEntity<ApplicationView> read(@PathVariable long id) {
		ApplicationView application = this.applications.application(id);
		return Versions.withETag(application, application.version());
	}

	/**
	 * The application's history, to whoever may read the application (and to nobody else,
	 * by the same 404).
	 */
	@GetMapping("/{id}/history")
	@Operation(summary = "Read an application's history",
			description = "Who changed the application, when, and from what to what, newest first.")
	PageOf<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		this.applications.application(id);
		return this.history.history("applications", id, AuditHistory.newestFirst(page, size));
	}

	@PostMapping
	@Operation(summary = "Draft an application",
			description = "Drafts an application to a call; it is not submitted until `submit`. Answers 201 with its "
					+ "address and first version.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ApplicationView> draft(@Valid @RequestBody ApplicationRequest request) {
		ApplicationView application = this.applications.draft(request, false);
		return Versions.created("/api/v1/applications/" + application.id(), application, application.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a draft",
			description = "Replaces the draft with the one sent. `If-Match` must name the version the change was made from.")
	ResponseEntity<ApplicationView> revise(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody ApplicationRequest request) {
		ApplicationView application = this.applications.revise(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(application, application.version());
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit an application",
			description = "Submits the application while the call is open; it is dated by Pulje's clock, never by the "
					+ "applicant.")
	ResponseEntity<ApplicationView> submit(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable SubmitRequest request) {
		ApplicationView application = this.applications.submit(id, Versions.ifMatch(ifMatch),
				request == null ? null : request.receivedAt());
		return Versions.withETag(application, application.version());
	}

	/** The e-mail address of someone to invite to work on the application. */
	record InvitationRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

	@PostMapping("/{id}/co-authors")
	@Operation(summary = "Invite a co-author",
			description = "Invites someone by e-mail to write the application with you.")
	ApplicationView invite(@PathVariable long id, @Valid @RequestBody InvitationRequest request,
			@Nullable Principal invitedBy) {
		return this.applications.invite(id, request.email(), invitedBy == null ? null : invitedBy.getName());
	}

	/** Attaches a file (multipart, field "file") to a draft. */
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to an application",
			description = "Attaches a file (PDF, Word, Excel, OpenDocument, PNG or JPEG) to a draft.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ApplicationView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
			Principal uploadedBy) throws IOException {
		ApplicationView application = this.applications.attach(id, file.getOriginalFilename(), file.getBytes(),
				uploadedBy.getName());
		return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.eTag(application.version())).body(application);
	}

	@GetMapping("/{id}/attachments/{key}")
	@Operation(summary = "Download a file of an application", description = "A file attached to the application.")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable String key) {
		return Attachments.download(this.applications.attachment(id, key));
	}

	@DeleteMapping("/{id}/attachments/{key}")
	@Operation(summary = "Remove a file from an application", description = "Removes a file from a draft.")
	ResponseEntity<ApplicationView> detach(@PathVariable long id, @PathVariable String key) {
		ApplicationView application = this.applications.detach(id, key);
		return Versions.withETag(application, application.version());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw an application",
			description = "The applicant withdraws a submitted application before it is decided.")
	ResponseEntity<ApplicationView> withdraw(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		ApplicationView application = this.applications.withdraw(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(application, application.version());
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decide an application",
			description = "Grants an application in full or in part by year, or rejects it with the reason. A grant can "
					+ "never exceed what the call has left.")
	ResponseEntity<ApplicationView> decide(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody DecisionRequest request) {
		ApplicationView application = this.applications.decide(id, Versions.ifMatch(ifMatch), request);
		return Versions.withETag(application, application.version());
	}

}
