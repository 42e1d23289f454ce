package dk.pulje.reports.web;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dk.pulje.applications.Attachments;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.money.DanishTime;
import dk.pulje.paging.Paging;
import dk.pulje.reports.AuditSignOff;
import dk.pulje.reports.AuditorRequest;
import dk.pulje.reports.GoalOutcome;
import dk.pulje.reports.Reminders;
import dk.pulje.reports.ReportManagement;
import dk.pulje.reports.ReportQueue;
import dk.pulje.reports.ReportRequest;
import dk.pulje.reports.ReportView;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormStep;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormValues.orNull;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * The applicant's pages after the grant: what its organisations' projects owe, each
 * project with its obligations and payments, and the report form, saved as a draft or
 * handed in. A project or a report of another organisation is not found.
 */
@Controller
class ReportPages implements Pages {

	private final ReportManagement reports;

	private final ReportQueue queue;

	private final Reminders reminders;

	private final FormCheck check;

	private final FormValues values;

	private final FieldMessages messages;

	private final Formats formats;

	private final Clock clock;

	ReportPages(ReportManagement reports, ReportQueue queue, Reminders reminders, FormCheck check, FormValues values,
			FieldMessages messages, Formats formats, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.reports = reports;
		this.queue = queue;
		this.reminders = reminders;
		this.check = check;
		this.values = values;
		this.formats = formats;
	}

	@GetMapping("/my/projects")
	String projects(Model model) {
		model.addAttribute("audits", this.reports.audits());
		model.addAttribute("obligations",
				this.queue
					.obligations(new ReportQueue.Filter(null, null, null),
							Paging.of(0, Paging.MAX_SIZE, null, ReportQueue.SORTS, "dueDate"))
					.items());
		return "reports/projects";
	}

	@GetMapping("/my/projects/{id}")
	String project(@PathVariable long id, Model model) {
		GrantedProjectView project = this.reports.project(id);
		model.addAttribute("project", project);
		model.addAttribute("reminders", this.reminders.of(id));
		model.addAttribute("obligations",
				this.queue
					.obligations(new ReportQueue.Filter(null, null, id),
							Paging.of(0, Paging.MAX_SIZE, null, ReportQueue.SORTS, "dueDate"))
					.items());
		return "reports/project";
	}

	/** Opens the report on an obligation, starting it the first time. */
	@PostMapping("/my/projects/{id}/reports")
	String start(@PathVariable long id, @RequestParam int obligationNo) {
		return "redirect:/my/reports/" + this.reports.start(id, obligationNo).id();
	}

	/**
	 * The report: its first step while its organisation may change it, otherwise what it
	 * says.
	 */
	@GetMapping("/my/reports/{id}")
	String report(@PathVariable long id, Model model) {
		ReportView report = this.reports.report(id);
		return form(report, ReportStep.GOALS, ReportForm.of(report, this.formats), Map.of(), model);
	}

	/**
	 * A step of the report; with {@code check}, the problems that stop it from being
	 * handed in are shown at their fields.
	 */
	@GetMapping("/my/reports/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step,
			@RequestParam(required = false) @Nullable String check, Model model) {
		ReportView report = this.reports.report(id);
		ReportStep current = ReportStep.of(step).orElseThrow(() -> new RecordNotFound("report", id));
		if (!report.editable()) {
			return "redirect:/my/reports/" + id;
		}
		Map<String, String> errors = check == null ? Map.of()
				: FormStep.problemsAt(current, this.reports.handInProblems(id), ReportStep.HAND_IN, this.messages);
		return form(report, current, ReportForm.of(report, this.formats), errors, model);
	}

	/**
	 * Saves a step of the report as typed and goes to the step asked for ({@code go}).
	 * With JavaScript the step is saved on every change (htmx), answering with when it
	 * was saved. A save that meets a newer version goes through only when the stored
	 * report already says what the step says (as when a change saved by itself races the
	 * button); otherwise it is refused, never written over.
	 */
	@PostMapping("/my/reports/{id}/{step}")
	String save(@PathVariable long id, @PathVariable String step, @ModelAttribute("form") ReportForm form,
			@RequestParam(required = false) @Nullable String go,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		ReportView report = this.reports.report(id);
		ReportStep current = ReportStep.of(step).orElseThrow(() -> new RecordNotFound("report", id));
		ReportForm typed = form.within(current, ReportForm.of(report, this.formats));
		Map<String, String> errors = new LinkedHashMap<>();
		ReportRequest request = typed.toRequest(this.values, errors);
		Optional<ReportView> saved = this.check.save(request, errors, FormCheck::inputId, "report",
				r -> this.reports.revise(id, form.version(), r));
		if (saved.isEmpty() && errors.containsKey("report")) {
			ReportView stored = this.reports.report(id);
			Map<String, String> none = new LinkedHashMap<>();
			if (request.equals(ReportForm.of(stored, this.formats).toRequest(this.values, none))) {
				errors.clear();
				saved = this.values.attempt(() -> this.reports.revise(id, stored.version(), request), errors,
						FormCheck::inputId, "report");
			}
		}
		if (saved.isPresent() && htmx == null) {
			ReportStep next = ReportStep.of(go == null ? "" : go).orElse(current);
			return "redirect:/my/reports/" + id + "/" + next.path() + "?saved";
		}
		model.addAttribute("savedAt", saved.isPresent() ? DanishTime.of(this.clock.instant()) : null);
		return form(saved.orElse(report), current, saved.isPresent() ? ReportForm.of(saved.get(), this.formats) : typed,
				errors, model);
	}

	/**
	 * Hands the report in as it stands; a report that cannot be handed in stays as it
	 * was, and every missing part is listed with a link to the step that asks for it.
	 */
	@PostMapping("/my/reports/{id}/hand-in")
	String handIn(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.values.attempt(() -> this.reports.handIn(id, version), errors, FormCheck::inputId, "report")
			.isPresent()) {
			return "redirect:/my/reports/" + id + "?handedIn";
		}
		ReportView report = this.reports.report(id);
		model.addAttribute("refused", true);
		return form(report, ReportStep.HAND_IN, ReportForm.of(report, this.formats),
				errors.containsKey("report") ? Map.of("report", errors.get("report")) : Map.of(), model);
	}

	/** Invites the auditor of the report's accounts. */
	@PostMapping("/my/reports/{id}/auditor")
	String inviteAuditor(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String auditorEmail, Model model) {
		ReportView report = this.reports.report(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.check
			.save(new AuditorRequest(validatedLater(auditorEmail)), errors, field -> "auditorEmail", "report",
					r -> this.reports.inviteAuditor(id, version, r.email()))
			.isPresent()) {
			return "redirect:/my/reports/" + id + "/accounts?invited#auditor";
		}
		return form(report, ReportStep.ACCOUNTS, ReportForm.of(report, this.formats), errors, model);
	}

	/** Attaches a file to the report from its page. */
	@PostMapping(path = "/my/reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String attach(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		if (this.values.attempt(() -> this.reports.attach(id, name, content), errors, field -> "file", "report")
			.isPresent()) {
			return "redirect:/my/reports/" + id + "/attachments?attached";
		}
		ReportView report = this.reports.report(id);
		return form(report, ReportStep.ATTACHMENTS, ReportForm.of(report, this.formats), errors, model);
	}

	@PostMapping("/my/reports/{id}/attachments/{key}/remove")
	String removeAttachment(@PathVariable long id, @PathVariable String key) {
		this.reports.removeAttachment(id, key);
		return "redirect:/my/reports/" + id + "/attachments?removed";
	}

	/** A file of a report, as its pages link it, to whoever may read the report. */
	@GetMapping("/reports/{id}/attachments/{key}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable String key) {
		ReportManagement.AttachedFile file = this.reports.attachment(id, key);
		return Attachments.download(file.attachment().fileName(), file.attachment().contentType(), file.content());
	}

	/** The auditor's statement, as pages link it. */
	@GetMapping("/reports/{id}/audit-statement")
	ResponseEntity<byte[]> statement(@PathVariable long id) {
		ReportManagement.Statement statement = this.reports.statement(id);
		return Attachments.download(statement.fileName(), MediaType.APPLICATION_PDF_VALUE, statement.content());
	}

	/** The accounts an auditor was invited to, with the statement and the sign-off. */
	@GetMapping("/my/audits/{id}")
	String audit(@PathVariable long id, Model model) {
		return audit(this.reports.report(id), Map.of(), null, model);
	}

	@PostMapping(path = "/my/audits/{id}/statement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String attachStatement(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model) throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		if (this.values
			.attempt(() -> this.reports.attachStatement(id, name, content), errors, field -> "statement", "report")
			.isPresent()) {
			return "redirect:/my/audits/" + id + "?attached";
		}
		return audit(this.reports.report(id), errors, null, model);
	}

	@PostMapping("/my/audits/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@ModelAttribute("signOff") SignOffForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.check
			.save(form.toRequest(), errors, FormCheck::inputId, "report", r -> this.reports.signOff(id, version, r))
			.isPresent()) {
			return "redirect:/my/audits/" + id + "?signed";
		}
		return audit(this.reports.report(id), errors, form, model);
	}

	/** A sign-off as its form posts it. */
	record SignOffForm(@Nullable String name, @Nullable String firm, @Nullable String standard) {

		AuditSignOff toRequest() {
			return new AuditSignOff(validatedLater(orNull(this.name)), validatedLater(orNull(this.firm)),
					validatedLater(orNull(this.standard)));
		}

	}

	private String audit(ReportView report, Map<String, String> errors, @Nullable SignOffForm form, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("errors", errors);
		model.addAttribute("signOff", form != null ? form : new SignOffForm(report.audit().auditorName(),
				report.audit().auditorFirm(), report.audit().standard()));
		return "reports/audit";
	}

	private String form(ReportView report, ReportStep step, ReportForm form, Map<String, String> errors, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("step", step);
		model.addAttribute("steps", ReportStep.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("outcomes", GoalOutcome.values());
		if (step == ReportStep.HAND_IN && report.editable()) {
			model.addAttribute("problems", FormStep.problems(this.reports.handInProblems(report.id()),
					ReportStep.HAND_IN, "/my/reports/" + report.id(), this.messages));
		}
		return "reports/report-form";
	}

}
