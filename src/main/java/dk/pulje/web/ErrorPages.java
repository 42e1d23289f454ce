package dk.pulje.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What answers when no controller did: an address nothing serves, a request the security
 * filters or the servlet container refused, a parameter that cannot be decoded. The API
 * answers with a problem detail, as every API error does; everything else with a page,
 * whatever the client says it accepts, so that no person ever meets JSON and no script
 * ever meets the container's own HTML.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ProblemDetails problems;

	private final JsonMapper json;

	ErrorPages(ProblemDetails problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		String parameter = (String) request.getAttribute(RequestParameters.REFUSED);
		if (isApi(path)) {
			ProblemDetail problem = this.problems.forStatus(status, path, parameter, request.getMethod());
			response.setStatus(status.value());
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), problem);
			return null;
		}
		if (status == HttpStatus.BAD_REQUEST) {
			ModelAndView page = new ModelAndView("bad-request", status);
			page.addObject("parameter", parameter);
			page.addObject("messageKey", "validation.value.String");
			page.addObject("arguments", new Object[0]);
			return page;
		}
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "not-found" : "error", status);
		page.addObject("status", status.value());
		return page;
	}

	static boolean isApi(String path) {
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
				|| path.startsWith("/v3/api-docs") || path.startsWith("/open-data/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
