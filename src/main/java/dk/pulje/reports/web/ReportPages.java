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
import dk.pulje.web.FormCheck;
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

	private final Formats formats;

	private final Clock clock;

	ReportPages(ReportManagement reports, ReportQueue queue, Reminders reminders, FormCheck check, FormValues values,
			Formats formats, Clock clock) {
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

	@GetMapping("/my/reports/{id}")
	String report(@PathVariable long id, Model model) {
		ReportView report = this.reports.report(id);
		return form(report, ReportForm.of(report, this.formats), Map.of(), model);
	}

	/**
	 * Saves the report as typed, or saves it and hands it in; a report that cannot be
	 * handed in is shown again with every missing part named, and stays as it was. With
	 * JavaScript the form is saved on every change (htmx), answering with when it was
	 * saved. A save that meets a newer version goes through only when the stored report
	 * already says what the form says (as when a change saved by itself races the
	 * button); otherwise it is refused, never written over.
	 */
	@PostMapping("/my/reports/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") ReportForm form,
			@RequestParam(required = false) @Nullable String handIn,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		ReportView report = this.reports.report(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ReportRequest request = form.toRequest(this.values, errors);
		boolean handingIn = handIn != null;
		Optional<ReportView> saved = this.check.save(request, errors, FormCheck::inputId, "report",
				r -> save(id, form.version(), r, handingIn));
		if (saved.isEmpty() && errors.containsKey("report")) {
			ReportView stored = this.reports.report(id);
			Map<String, String> none = new LinkedHashMap<>();
			if (request.equals(ReportForm.of(stored, this.formats).toRequest(this.values, none))) {
				errors.clear();
				saved = this.values.attempt(() -> save(id, stored.version(), request, handingIn), errors,
						FormCheck::inputId, "report");
			}
		}
		if (saved.isPresent() && htmx == null) {
			return "redirect:/my/reports/" + id + (handingIn ? "?handedIn" : "?saved");
		}
		model.addAttribute("savedAt", saved.isPresent() ? DanishTime.of(this.clock.instant()) : null);
		return form(saved.orElse(report), saved.isPresent() ? ReportForm.of(saved.get(), this.formats) : form, errors,
				model);
	}

	private ReportView save(long id, @Nullable Long version, ReportRequest request, boolean handingIn) {
		return handingIn ? this.reports.reviseAndHandIn(id, version, request)
				: this.reports.revise(id, version, request);
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
			return "redirect:/my/reports/" + id + "?invited#audit";
		}
		return form(report, ReportForm.of(report, this.formats), errors, model);
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
			return "redirect:/my/reports/" + id + "?attached#attachments";
		}
		ReportView report = this.reports.report(id);
		return form(report, ReportForm.of(report, this.formats), errors, model);
	}

	@PostMapping("/my/reports/{id}/attachments/{key}/remove")
	String removeAttachment(@PathVariable long id, @PathVariable String key) {
		this.reports.removeAttachment(id, key);
		return "redirect:/my/reports/" + id + "?removed#attachments";
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

	private String form(ReportView report, ReportForm form, Map<String, String> errors, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("outcomes", GoalOutcome.values());
		return "reports/report-form";
	}

}
