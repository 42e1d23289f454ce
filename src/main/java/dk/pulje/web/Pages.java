package dk.pulje.web;

import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dk.pulje.rules.RecordNotFound;

/**
 * What a page controller shows when something fails: a page, never the API's JSON. A record that is not there (or
 * that the reader may not see) is a "not found" page; anything unexpected is logged and shown as an apology, with
 * no detail of the fault.
 */
public interface Pages {

	@ExceptionHandler(RecordNotFound.class)
	default ModelAndView notFound() {
		return new ModelAndView("not-found", HttpStatus.NOT_FOUND);
	}

	/** A broken rule on a page that only reads (a page number below zero): the address is wrong. */
	@ExceptionHandler(dk.pulje.rules.RuleViolation.class)
	default ModelAndView badAddress() {
		return new ModelAndView("not-found", HttpStatus.BAD_REQUEST);
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

}
