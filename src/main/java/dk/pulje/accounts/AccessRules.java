package dk.pulje.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every endpoint's access rule, in one place. Public: reading pools, calls, programmes, agreements,
 * appropriations, organisations and granted projects, the API description and the health check. Everything else,
 * including every write and every read of applications (confidential until decided), needs the administrator.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

	static final String[] PUBLIC_READS = { "/api/v1/pools/**", "/api/v1/calls/**", "/api/v1/programmes/**",
			"/api/v1/agreements/**", "/api/v1/appropriations/**", "/api/v1/organisations/**",
			"/api/v1/granted-projects/**" };

	/**
	 * Only Pulje's own scripts, styles, images and fonts; no framing, no plugins, forms post only to Pulje. Inline
	 * styles are allowed for Swagger UI's page.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
			.requestMatchers("/", "/index.html", "/error").permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
			.requestMatchers("/api/v1/**", "/actuator/**").hasRole(Role.ADMINISTRATOR.name())
			.anyRequest().denyAll())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> problem(response, 401,
					"Login required / Login påkrævet")))
			.exceptionHandling(handling -> handling.accessDeniedHandler((request, response, ex) -> problem(response,
					403, "Not allowed / Ikke tilladt")))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void problem(HttpServletResponse response, int status, String title) throws IOException {
		response.setStatus(status);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Pulje\"");
		}
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"/problems/" + (status == 401 ? "login-required" : "not-allowed") + "\",\"title\":\""
					+ title + "\",\"status\":" + status + "}");
	}

}
