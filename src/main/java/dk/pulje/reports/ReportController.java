package dk.pulje.reports;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import dk.pulje.applications.Attachments;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.web.Versions;

/**
 * Reports over HTTP: the obligations and where they stand, a report drafted, handed in,
 * and approved or returned. Drafting and handing in are the project's organisation's;
 * approving and returning are the authority's.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Status and final reports of granted projects, their accounts, and their review")
class ReportController {

	private final ReportManagement reports;

	private final ReportQueue queue;

	ReportController(ReportManagement reports, ReportQueue queue) {
		this.reports = reports;
		this.queue = queue;
	}

	/** The report on an obligation: which project, and the obligation's number on it. */
	record StartRequest(@NotNull Long grantedProjectId, @NotNull @Min(1) Integer obligationNo) {
	}

	/** Why a report is returned. */
	record ReturnRequest(@Size(max = 4000) @Nullable String reason) {
	}

	/**
	 * The reporting obligations, with where each stands today; an applicant sees its own
	 * organisations'. The authority's staff may filter by the caseworker following the
	 * project up (a username, or "-" for the projects nobody has taken).
	 */
	@GetMapping("/obligations")
	@Operation(summary = "List report obligations",
			description = "The reports granted projects owe (status reports, final reports, audited accounts), by state, "
					+ "pool and due date, a page at a time. An applicant sees its own organisations' only.")
	PageOf<ReportQueue.Obligation> obligations(@RequestParam(required = false) ObligationState state,
			@RequestParam(required = false) Long poolId, @RequestParam(required = false) Long grantedProjectId,
			@RequestParam(required = false) String caseworker, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return this.queue.obligations(new ReportQueue.Filter(state, poolId, grantedProjectId, caseworker),
				Paging.of(page, size, sort, ReportQueue.SORTS, "dueDate"));
	}

	/** The reports whose accounts the person asking was invited to audit. */
	@GetMapping("/audits")
	@Operation(summary = "List the reports an auditor was invited to",
			description = "The reports whose accounts the signed-in auditor was invited to audit.")
	List<ReportView> audits() {
		return this.reports.audits();
	}

	/** Invites an auditor by e-mail address to the report's accounts. */
	@PostMapping("/{id}/auditor")
	@Operation(summary = "Invite an auditor",
			description = "Invites an auditor by e-mail to audit the report's accounts; the auditor signs in with an "
					+ "account of that address.")
	ResponseEntity<ReportView> inviteAuditor(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody AuditorRequest request) {
		ReportView report = this.reports.inviteAuditor(id, Versions.ifMatch(ifMatch), request.email());
		return Versions.withETag(report, report.version());
	}

	/** The auditor attaches the signed statement (multipart, field "file", a PDF). */
	@PostMapping(path = "/{id}/audit-statement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach the auditor's statement",
			description = "The invited auditor attaches its signed statement (PDF) to the report's accounts.")
	ResponseEntity<ReportView> attachStatement(@PathVariable long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		ReportView report = this.reports.attachStatement(id, file.getOriginalFilename(), file.getBytes());
		return Versions.withETag(report, report.version());
	}

	@GetMapping("/{id}/audit-statement")
	@Operation(summary = "Download the auditor's statement",
			description = "The auditor's statement attached to the report.")
	ResponseEntity<byte[]> statement(@PathVariable long id) {
		ReportManagement.Statement statement = this.reports.statement(id);
		return Attachments.download(statement.fileName(), MediaType.APPLICATION_PDF_VALUE, statement.content());
	}

	/**
	 * Attaches a file (multipart, field "file") to a report that may still be changed.
	 */
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to a report",
			description = "Attaches a file (PDF, Word, Excel, OpenDocument, PNG or JPEG) to a report that has not been handed in.")
	ResponseEntity<ReportView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		ReportView report = this.reports.attach(id, file.getOriginalFilename(), file.getBytes());
		return Versions.withETag(report, report.version());
	}

	@DeleteMapping("/{id}/attachments/{key}")
	@Operation(summary = "Remove a file from a report",
			description = "Removes a file from a report that has not been handed in.")
	ResponseEntity<ReportView> removeAttachment(@PathVariable long id, @PathVariable String key) {
		ReportView report = this.reports.removeAttachment(id, key);
		return Versions.withETag(report, report.version());
	}

	@GetMapping("/{id}/attachments/{key}")
	@Operation(summary = "Download a file of a report", description = "A file attached to the report.")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable String key) {
		ReportManagement.AttachedFile file = this.reports.attachment(id, key);
		return Attachments.download(file.attachment().fileName(), file.attachment().contentType(), file.content());
	}

	/** The auditor signs off the accounts as they stand. */
	@PostMapping("/{id}/sign-off")
	@Operation(summary = "Sign off audited accounts",
			description = "The auditor signs off the report's accounts, with its conclusion.")
	ResponseEntity<ReportView> signOff(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody AuditSignOff request) {
		ReportView report = this.reports.signOff(id, Versions.ifMatch(ifMatch), request);
		return Versions.withETag(report, report.version());
	}

	/** Starts the report on an obligation, or answers the one already started. */
	@PostMapping
	@Operation(summary = "Start a report",
			description = "Starts the report a granted project owes for one of its obligations, and answers 201 with its "
					+ "address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ReportView> start(@Valid @RequestBody StartRequest request) {
		ReportView report = this.reports.start(request.grantedProjectId(), request.obligationNo());
		return Versions.created("/api/v1/reports/" + report.id(), report, report.version());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a report",
			description = "A report with its text, accounts, indicators, files and where it stands.")
	ResponseEntity<ReportView> read(@PathVariable long id) {
		ReportView report = this.reports.report(id);
		return Versions.withETag(report, report.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a report",
			description = "Replaces the report's text, accounts and indicators while it is being drafted or has been "
					+ "returned.")
	ResponseEntity<ReportView> revise(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReportRequest request) {
		ReportView report = this.reports.revise(id, Versions.ifMatch(ifMatch), request);
		return Versions.withETag(report, report.version());
	}

	@PostMapping("/{id}/hand-in")
	@Operation(summary = "Hand in a report",
			description = "Hands the report in to the authority; final accounts above the audit limit need an auditor's "
					+ "sign-off first.")
	ResponseEntity<ReportView> handIn(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		ReportView report = this.reports.handIn(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(report, report.version());
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a report",
			description = "The authority approves a handed-in report; an approved final report releases what was held back.")
	ResponseEntity<ReportView> approve(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		ReportView report = this.reports.approve(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(report, report.version());
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return a report",
			description = "The authority returns a handed-in report to the organisation with the reason, to be revised and "
					+ "handed in again.")
	ResponseEntity<ReportView> returnToOrganisation(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReturnRequest request) {
		ReportView report = this.reports.returnToOrganisation(id, Versions.ifMatch(ifMatch), request.reason());
		return Versions.withETag(report, report.version());
	}

}
