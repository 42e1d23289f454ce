package dk.pulje.casework;

import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.Attachments;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.Pages;
import dk.pulje.web.PdfDocuments;

/**
 * An application's documents as files: its attachments, and the decision letter of a
 * decided application, as PDF, in Danish: made from the template
 * {@code casework/decision-letter.html} with the decision's figures, so the letter and
 * the record never disagree. Whoever may read the application may download its letter;
 * for anyone else it is not there.
 */
@Controller
class ApplicationDocuments implements Pages {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final ApplicationManagement applications;

	private final PoolManagement pools;

	private final OrganisationRegister organisations;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	ApplicationDocuments(ApplicationManagement applications, PoolManagement pools, OrganisationRegister organisations,
			SpringTemplateEngine templates, ApplicationContext context) {
		this.applications = applications;
		this.pools = pools;
		this.organisations = organisations;
		this.templates = templates;
		this.context = context;
	}

	@GetMapping("/applications/{id}/decision-letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable long id) {
		ApplicationView application = this.applications.application(id);
		if (application.decision() == null) {
			throw new RecordNotFound("application", id);
		}
		byte[] pdf = PdfDocuments.fromHtml(html(application));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("afgoerelse-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	@GetMapping("/applications/{id}/attachments/{key}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable String key) {
		return Attachments.download(this.applications.attachment(id, key));
	}

	/** The letter as XHTML, always in Danish whatever the page's language. */
	String html(ApplicationView application) {
		PoolView pool = this.pools.pool(application.poolId());
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(DANISH);
		try {
			Context model = new Context(DANISH);
			model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(this.context, null));
			model.setVariable("app", application);
			model.setVariable("pool", pool);
			model.setVariable("organisationNames", this.organisations.names(application.organisationIds()));
			return this.templates.process("casework/decision-letter", model);
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

}
