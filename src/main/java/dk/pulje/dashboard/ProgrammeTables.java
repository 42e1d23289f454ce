package dk.pulje.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import dk.pulje.database.DataVersion;
import dk.pulje.database.KeptAtVersion;
import dk.pulje.overviews.MoneyFlows;

/**
 * The dashboard's tables of money by programme and year, made once for each language and
 * kept until the money changes. At a hundred programmes they are nine tenths of the page,
 * and making them took most of its time; everyone who may open the dashboard sees the
 * same tables, so one making serves them all. They are kept under the version read before
 * their figures, so they are never older than it (see {@link DataVersion}).
 */
@Component
class ProgrammeTables {

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final DataVersion version;

	private final MoneyFlows money;

	private final Map<Locale, KeptAtVersion<String>> made = new ConcurrentHashMap<>();

	ProgrammeTables(SpringTemplateEngine templates, ApplicationContext context, DataVersion version, MoneyFlows money) {
		this.templates = templates;
		this.context = context;
		this.version = version;
		this.money = money;
	}

	/**
	 * What is seen of the data now, to read the figures at and keep their tables under.
	 */
	DataVersion.Seen seen() {
		return this.version.seen();
	}

	/**
	 * The tables of the programmes' money as it is at what was seen, in the language of
	 * the request; HTML escaped as every page is.
	 */
	String of(DataVersion.Seen seen) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.made.computeIfAbsent(locale, l -> new KeptAtVersion<>())
			.at(seen, () -> make(locale, this.money.byProgramme()));
	}

	private String make(Locale locale, List<MoneyFlows.Programme> programmes) {
		Context model = new Context(locale);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		model.setVariable("programmes", programmes);
		return this.templates.process("dashboard/programmes", model);
	}

}
