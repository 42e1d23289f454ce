package dk.pulje.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;

/**
 * What a page controller shows when something fails: a page, never the API's JSON. A
 * record that is not there (or that the reader may not see) is a "not found" page; an
 * address whose parameters cannot be read (a word where a number belongs, a year beyond
 * any calendar) is a page that says which parameter and what it should be; anything
 * unexpected is logged and shown as an apology, with no detail of the fault.
 */
public interface Pages {

	/**
	 * A form that is a record is bound through its constructor alone, as its rows were
	 * posted: setting its fields again afterwards would try to grow its lists. A row
	 * beyond any form's rows is refused first, by name.
	 */
	@InitBinder
	default void bindFormRecordsThroughTheirConstructors(WebDataBinder binder, HttpServletRequest request) {
		ResolvableType type = binder.getTargetType();
		Class<?> form = type == null ? null : type.resolve();
		if (form != null && form.isRecord()) {
			FormRows.requireWithin(form, request.getParameterNames().asIterator(), binder.getAutoGrowCollectionLimit());
			binder.setDeclarativeBinding(true);
		}
	}

	@ExceptionHandler(RecordNotFound.class)
	default ModelAndView notFound() {
		return new ModelAndView("not-found", HttpStatus.NOT_FOUND);
	}

	/**
	 * A broken rule on a page that only reads (a page number below zero): the address is
	 * wrong.
	 */
	@ExceptionHandler(RuleViolation.class)
	default ModelAndView badAddress(RuleViolation ex) {
		return badRequest(ex.field(), "rule." + ex.rule(), ex.arguments());
	}

	/**
	 * A path or query parameter that is not of its kind: "/pools/abc",
	 * "?year=99999999999".
	 */
	@ExceptionHandler(TypeMismatchException.class)
	default ModelAndView wrongParameter(TypeMismatchException ex) {
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: ex.getPropertyName();
		return badRequest(name, ParameterKinds.messageKey(ex.getRequiredType()),
				ParameterKinds.choices(ex.getRequiredType()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	default ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(ex.getParameterName(), "validation.NotNull");
	}

	@ExceptionHandler(Exception.class)
	default ModelAndView failed(Exception ex) {
		HttpStatusCode status = ex instanceof ErrorResponse response ? response.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			LoggerFactory.getLogger(Pages.class).error("A page failed", ex);
		}
		return new ModelAndView(status.value() == 404 ? "not-found" : "failed", status);
	}

	private static ModelAndView badRequest(@Nullable String parameter, String messageKey, Object... arguments) {
		ModelAndView page = new ModelAndView("bad-request", HttpStatus.BAD_REQUEST);
		page.addObject("parameter", parameter);
		page.addObject("messageKey", messageKey);
		page.addObject("arguments", arguments);
		return page;
	}

}
