package dk.pulje.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link on every page that shows the same page in the other language, named in that
 * language.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

	/**
	 * Where the switch leads, the language it switches to, and its name in that language.
	 */
	record Link(String href, String language, String name) {
	}

	@ModelAttribute("languageSwitch")
	Link languageSwitch(HttpServletRequest request) {
		boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
		String other = danish ? "en" : "da";
		String href = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
		return new Link(href, other, danish ? "English" : "Dansk");
	}

}
