package dk.pulje.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link on every page that shows the same page in the other language, named in that
 * language. It goes on the request before the handler runs, after the language a
 * {@code ?lang=} chose (see {@link Languages}), so that a page made for a refused address
 * has it too.
 */
final class LanguageSwitch implements HandlerInterceptor {

	/** The request attribute the pages read the link from. */
	static final String ATTRIBUTE = "languageSwitch";

	/**
	 * Where the switch leads, the language it switches to, and its name in that language.
	 */
	record Link(String href, String language, String name) {
	}

	/** Only for what a controller answers: a stylesheet or a script has no menu. */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod) {
			request.setAttribute(ATTRIBUTE, link(request));
		}
		return true;
	}

	/**
	 * The same address in the other language; on a page shown for an error, the address
	 * that was asked for, not the error page's own.
	 */
	private static Link link(HttpServletRequest request) {
		boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
		String other = danish ? "en" : "da";
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed != null ? failed.toString() : request.getRequestURI();
		String query = failed != null ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
				: request.getQueryString();
		String href = UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
		return new Link(href, other, danish ? "English" : "Dansk");
	}

}
