package dk.pulje.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import dk.pulje.applications.ApplicationView;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.web.PdfDocuments;

/**
 * Decision letters as PDF, in Danish: made from the template
 * {@code casework/decision-letter.html} with the decision's figures, so the letter and
 * the record never disagree; one at a time, or all of a list's as one ZIP file.
 */
@Component
public class DecisionLetters {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final PoolManagement pools;

	private final OrganisationRegister organisations;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	DecisionLetters(PoolManagement pools, OrganisationRegister organisations, SpringTemplateEngine templates,
			ApplicationContext context) {
		this.pools = pools;
		this.organisations = organisations;
		this.templates = templates;
		this.context = context;
	}

	/** A decided application's letter. */
	public byte[] pdf(ApplicationView application) {
		return PdfDocuments.fromHtml(html(application));
	}

	/** The letters of decided applications, one PDF each, named by application. */
	public byte[] zip(List<ApplicationView> applications) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ApplicationView application : applications) {
				zip.putNextEntry(new ZipEntry(fileName(application)));
				zip.write(pdf(application));
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String fileName(ApplicationView application) {
		return "afgoerelse-" + application.id() + ".pdf";
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
