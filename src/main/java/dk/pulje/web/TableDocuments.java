package dk.pulje.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import dk.pulje.rules.RecordNotFound;

/**
 * An overview's tables as the files people download: CSV, XLSX, or PDF printed from the
 * template {@code tables-pdf.html}, named after the overview. Every overview offers the
 * same three, made from the same tables as its page.
 */
@Component
public class TableDocuments {

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	TableDocuments(SpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/**
	 * The overview as a download in the format its extension names (csv, xlsx or pdf).
	 * @param fileStem the file's name without extension
	 */
	public ResponseEntity<byte[]> download(String format, @Nullable String title, @Nullable String subtitle,
			List<Table> tables, String fileStem) {
		String name = fileStem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]+", "-").replaceAll("^-|-$", "");
		return switch (format) {
			case "csv" -> TableExports.download(TableExports.csv(tables),
					MediaType.parseMediaType("text/csv;charset=UTF-8"), name + ".csv");
			case "xlsx" -> TableExports.download(TableExports.xlsx(tables), TableExports.XLSX, name + ".xlsx");
			case "pdf" -> TableExports.download(pdf(title, subtitle, tables), MediaType.APPLICATION_PDF, name + ".pdf");
			default -> throw new RecordNotFound("format", format);
		};
	}

	private byte[] pdf(@Nullable String title, @Nullable String subtitle, List<Table> tables) {
		Context model = new Context(LocaleContextHolder.getLocale());
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		model.setVariable("title", title);
		model.setVariable("subtitle", subtitle);
		model.setVariable("tables", tables);
		return PdfDocuments.fromHtml(this.templates.process("tables-pdf", model));
	}

}
