package dk.pulje.plans.web;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.money.DanishTime;
import dk.pulje.paging.Paging;
import dk.pulje.plans.ActionPlanView;
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
		String title = this.words.text("report.title", report.plan().name(), String.valueOf(report.year()));
		return this.documents.download(format, title, report.plan().owner(), report.tables(),
				"status-" + report.year() + "-" + report.plan().name());
	}

	/**
	 * The report for the year asked for, or the plan's latest reporting year; for a plan
	 * not yet reported on, this year.
	 */
	private StatusReport report(long id, Integer year) {
		ActionPlanView plan = this.plans.plan(id);
		List<Integer> years = plan.reportYears();
		int reportYear = year != null ? year
				: years.isEmpty() ? DanishTime.of(this.clock.instant()).getYear() : years.get(years.size() - 1);
		return StatusReport.of(plan, reportYear, this.words);
	}

}
