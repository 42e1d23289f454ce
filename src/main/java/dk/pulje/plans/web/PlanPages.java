package dk.pulje.plans.web;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.paging.Paging;
import dk.pulje.plans.PlanManagement;
import dk.pulje.plans.StatusReport;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.InternalExport;
import dk.pulje.web.Pages;
import dk.pulje.web.TableDocuments;

/**
 * Action plans as pages, and a plan's status report for a year as a page and as CSV, XLSX
 * and PDF downloads, all made from the same report. Public unless the plan is internal.
 */
@Controller
class PlanPages implements Pages {

	private final PlanManagement plans;

	private final FieldMessages words;

	private final TableDocuments documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanPages(PlanManagement plans, FieldMessages words, TableDocuments documents, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.events = events;
		this.plans = plans;
		this.words = words;
		this.documents = documents;
	}

	@GetMapping("/plans")
	String plans(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("plans", this.plans.plans(q, Paging.of(0, 100, "name", PlanManagement.SORTS, "name")));
		model.addAttribute("q", q);
		return "plans/plans";
	}

	@GetMapping("/plans/{id}")
	String report(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		StatusReport report = report(id, year);
		model.addAttribute("report", report);
		model.addAttribute("plan", report.plan());
		model.addAttribute("year", report.year());
		return "plans/status-report";
	}

	@GetMapping("/plans/{id}/status-report.{format:csv|xlsx|pdf}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format,
			@RequestParam(required = false) Integer year) {
		StatusReport report = report(id, year);
		if (report.plan().internal()) {
			this.events.publishEvent(new InternalExport("action_plan", id, format));
		}
		return this.documents.download(format, report.title(this.words), report.plan().owner(), report.tables(),
				"status-" + report.year() + "-" + report.plan().name());
	}

	private StatusReport report(long id, @Nullable Integer year) {
		return StatusReport.of(this.plans.plan(id), year, this.clock.instant(), this.words);
	}

}
