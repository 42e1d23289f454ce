package dk.pulje.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import dk.pulje.database.DataVersion;
import dk.pulje.database.KeptPerKey;

/**
 * Parts of signed-in pages that look the same to everyone who may open the page: made
 * once for each language and kept until a table they were read from changes (see
 * {@link KeptPerKey}). The dashboard is nearly all such parts, and at national scale
 * making them was most of its time; the rest of the page (who is signed in, what the menu
 * offers, the form tokens) is made for each request as before.
 * <p>
 * A part is HTML escaped as every page is, and it must show nothing that depends on who
 * asks beyond what its key says: what differs between readers (whether they decide, a
 * page number) goes in the key.
 */
@Component
public class KeptFragments {

	/** How many parts are kept at most; the least used go first. */
	private static final int KEPT = 200;

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final KeptPerKey<Key, String> kept;

	KeptFragments(SpringTemplateEngine templates, ApplicationContext context, DataVersion version) {
		this.templates = templates;
		this.context = context;
		// One request makes a part while the others asking for it wait: after a change to
		// the money, eight analysts each made the dashboard's quarter megabyte again.
		this.kept = KeptPerKey.oneAtATime(version, KEPT);
	}

	/**
	 * The template made with the variables, in the language of the request, for the
	 * readers the key describes; the variables are read only when it is made.
	 */
	public String of(String template, List<?> key, Supplier<Map<String, Object>> variables) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.kept.at(new Key(template, locale, key), () -> make(template, locale, variables.get()));
	}

	private String make(String template, Locale locale, Map<String, Object> variables) {
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = current.getRequest();
		HttpServletResponse response = current.getResponse();
		WebContext model = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, variables);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.templates.process(template, model);
	}

	private record Key(String template, Locale locale, List<?> readers) {
	}

}
