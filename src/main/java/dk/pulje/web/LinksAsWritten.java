package dk.pulje.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Writes every link on a page as the template gives it. The filter Spring Boot would put
 * here looks each link up among the static files to give it a versioned URL, which cost a
 * signed-in page most of its time (every link a search of the class path, and no page
 * link is a file); the one link to a file, htmx, asks for it without a version, and the
 * WebJars handler finds it.
 */
@Configuration(proxyBeanMethods = false)
class LinksAsWritten {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
