package dk.pulje.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish first, English on request. A person switches language on any page
 * ({@code ?lang=en}, {@code ?lang=da}); the choice is kept in a cookie for a year.
 * Without a choice, the browser's Accept-Language decides, which is also how API clients
 * ask for English.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	/** The cookie that keeps a person's choice of language. */
	static final String COOKIE = "pulje-language";

	static final Locale DANISH = Locale.forLanguageTag("da");

	static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver fromBrowser = new AcceptHeaderLocaleResolver();
		fromBrowser.setSupportedLocales(SUPPORTED);
		fromBrowser.setDefaultLocale(DANISH);
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction((HttpServletRequest request) -> fromBrowser.resolveLocale(request));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new LanguageSwitch());
	}

}
