package dk.pulje.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, query and form parameters that no page or endpoint
 * can take: bytes that are not UTF-8, and control characters (a NUL cannot be stored by
 * PostgreSQL and shows as nothing on a page). The refusal is a 400 that names the
 * parameter, as a page or as a problem detail ({@link ErrorPages}).
 */
@Configuration(proxyBeanMethods = false)
class RequestParameters extends OncePerRequestFilter {

	/** The request attribute that names the refused parameter for the error page. */
	static final String REFUSED = RequestParameters.class.getName() + ".refused";

	@Bean
	static FilterRegistrationBean<RequestParameters> requestParametersFilter() {
		FilterRegistrationBean<RequestParameters> registration = new FilterRegistrationBean<>(new RequestParameters());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refused = refusedParameter(request);
		if (refused != null) {
			request.setAttribute(REFUSED, refused);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The first parameter that cannot be read or holds a control character; null when all
	 * can be taken.
	 */
	static @Nullable String refusedParameter(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException undecodable) {
			return undecodableName(undecodable);
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (JsonInput.hasControlCharacters(parameter.getKey())) {
				return "?";
			}
			for (String value : parameter.getValue()) {
				if (value != null && JsonInput.hasControlCharacters(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	/**
	 * The container names the parameter it could not decode in its message: "Parameter
	 * [page] with value ...".
	 */
	private static String undecodableName(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		int start = message.indexOf("Parameter [");
		int end = start < 0 ? -1 : message.indexOf(']', start);
		return end < 0 ? "?" : message.substring(start + "Parameter [".length(), end);
	}

}
