package dk.pulje.plans;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import dk.pulje.paging.Paging;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Pages;
import dk.pulje.web.PdfDocuments;
import dk.pulje.web.TableExports;

/**
 * Action plans as pages, and a plan's status report for a year as a page and as CSV, XLSX and PDF downloads, all
 * made from the same report. Public unless the plan is internal.
 */
@Controller
class PlanPages implements Pages {

	private final PlanManagement plans;

	private final FieldMessages words;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	PlanPages(PlanManagement plans, FieldMessages words, SpringTemplateEngine templates, ApplicationContext context) {
		this.plans = plans;
		this.words = words;
		this.templates = templates;
		this.context = context;
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

	@GetMapping("/plans/{id}/status-report.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) Integer year) {
		StatusReport report = report(id, year);
		return TableExports.download(TableExports.csv(report.tables()),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), fileName(report, "csv"));
	}

	@GetMapping("/plans/{id}/status-report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
		StatusReport report = report(id, year);
		return TableExports.download(TableExports.xlsx(report.tables()), TableExports.XLSX, fileName(report, "xlsx"));
	}

	@GetMapping("/plans/{id}/status-report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer year) {
		StatusReport report = report(id, year);
		Context model = new Context(LocaleContextHolder.getLocale());
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		model.setVariable("report", report);
		String html = this.templates.process("plans/status-report-pdf", model);
		return TableExports.download(PdfDocuments.fromHtml(html), MediaType.APPLICATION_PDF, fileName(report, "pdf"));
	}

	/** The report for the year asked for, or the plan's latest reporting year. */
	private StatusReport report(long id, Integer year) {
		ActionPlanView plan = this.plans.plan(id);
		List<Integer> years = plan.reportYears();
		int reportYear = year != null ? year
				: years.isEmpty() ? (plan.lastYear() == null ? 0 : plan.lastYear()) : years.get(years.size() - 1);
		return StatusReport.of(plan, reportYear, this.words);
	}

	private static String fileName(StatusReport report, String extension) {
		String name = report.plan().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-").replaceAll("^-|-$", "");
		return "status-" + report.year() + "-" + name + "." + extension;
	}

}
