package dk.pulje.accounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint's access rule, in one place and in one order: the first rule that
 * matches a request decides who may send it. A request no rule matches is refused.
 * {@code AccessMatrixTests} walks every endpoint with every role and fails when an
 * endpoint has no rule or a rule is not what the endpoint does.
 *
 * <p>
 * Applicants pass these rules for applications, and the applications feature then limits
 * them to their own organisations' applications ({@link OrganisationScope}); reviewers
 * likewise to the applications assigned to them.
 */
@Configuration(proxyBeanMethods = false)
class AccessRules {

	/** Who may send the requests a rule matches. */
	enum Access {

		PUBLIC, SIGNED_IN, ROLES

	}

	/** A rule: a method (any, when null) and a path pattern, and who may. */
	record Rule(@Nullable HttpMethod method, String pattern, Access access, Set<Role> roles) {

		static Rule open(@Nullable HttpMethod method, String pattern) {
			return new Rule(method, pattern, Access.PUBLIC, Set.of());
		}

		static Rule signedIn(@Nullable HttpMethod method, String pattern) {
			return new Rule(method, pattern, Access.SIGNED_IN, Set.of());
		}

		static Rule roles(@Nullable HttpMethod method, String pattern, Set<Role> roles) {
			return new Rule(method, pattern, Access.ROLES, roles);
		}

		boolean allows(Optional<Role> role) {
			return switch (this.access) {
				case PUBLIC -> true;
				case SIGNED_IN -> role.isPresent();
				case ROLES -> role.map(this.roles::contains).orElse(false);
			};
		}

	}

	private static final Set<Role> STAFF = Role.STAFF;

	private static final Set<Role> APPLYING = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER, Role.APPLICANT);

	private static final Set<Role> ALL_READING_APPLICATIONS = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER,
			Role.ANALYST, Role.APPLICANT);

	private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMINISTRATOR);

	private static final Set<Role> READING_ONE_APPLICATION = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER,
			Role.ANALYST, Role.APPLICANT, Role.REVIEWER);

	private static final Set<Role> REVIEWING = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER, Role.ANALYST,
			Role.REVIEWER);

	private static final Set<Role> REVIEWERS = EnumSet.of(Role.REVIEWER);

	private static final Set<Role> APPLICANTS = EnumSet.of(Role.APPLICANT);

	private static final Set<Role> READING_MONEY = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER, Role.ANALYST);

	private static final Set<Role> DECIDING = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER, Role.DECISION_MAKER);

	private static final Set<Role> READING_RECOMMENDATIONS = EnumSet.of(Role.ADMINISTRATOR, Role.CASEWORKER,
			Role.ANALYST, Role.DECISION_MAKER);

	private static final List<String> PUBLIC_RECORDS = List.of("pools", "calls", "programmes", "agreements",
			"appropriations", "organisations", "granted-projects", "action-plans", "follow-up-groups");

	static final List<Rule> RULES = rules();

	private static List<Rule> rules() {
		List<Rule> rules = new ArrayList<>();
		// Pages and the description of the API
		rules.add(Rule.open(HttpMethod.GET, "/"));
		rules.add(Rule.open(HttpMethod.GET, "/pools"));
		rules.add(Rule.open(HttpMethod.GET, "/pools/{id}"));
		// Open data: who got what, for anyone, as 360Giving and IATI
		rules.add(Rule.open(HttpMethod.GET, "/open-data"));
		rules.add(Rule.open(HttpMethod.GET, "/open-data/**"));
		rules.add(Rule.open(HttpMethod.GET, "/css/**"));
		rules.add(Rule.open(HttpMethod.GET, "/webjars/**"));
		// Action plans, their status reports and follow-up groups: public unless
		// internal,
		// which their features decide
		rules.add(Rule.open(HttpMethod.GET, "/plans"));
		rules.add(Rule.open(HttpMethod.GET, "/plans/**"));
		rules.add(Rule.open(HttpMethod.GET, "/overviews/**"));
		rules.add(Rule.open(HttpMethod.GET, "/api/v1/overviews/**"));
		rules.add(Rule.open(HttpMethod.GET, "/follow-up-groups"));
		rules.add(Rule.open(HttpMethod.GET, "/follow-up-groups/**"));
		// The applicant's pages (limited to its own organisations' applications by the
		// applications feature); every page on which the authority's staff record and
		// change anything (pools, calls, programmes, plans, follow-up groups, decisions,
		// payments) under /casework; and the dashboard of the money
		rules.add(Rule.roles(null, "/my", APPLICANTS));
		rules.add(Rule.roles(null, "/my/**", APPLICANTS));
		rules.add(Rule.roles(null, "/casework", STAFF));
		rules.add(Rule.roles(null, "/casework/**", STAFF));
		rules.add(Rule.roles(HttpMethod.GET, "/dashboard", READING_MONEY));
		rules.add(Rule.roles(HttpMethod.GET, "/applications/{id}/decision-letter.pdf", READING_ONE_APPLICATION));
		rules.add(Rule.roles(HttpMethod.GET, "/applications/{id}/attachments/{key}", READING_ONE_APPLICATION));
		rules.add(Rule.open(HttpMethod.GET, "/login"));
		rules.add(Rule.open(HttpMethod.POST, "/login"));
		rules.add(Rule.signedIn(HttpMethod.POST, "/logout"));
		rules.add(Rule.open(HttpMethod.GET, "/oauth2/authorization/**"));
		rules.add(Rule.open(HttpMethod.GET, "/login/oauth2/code/**"));
		rules.add(Rule.signedIn(HttpMethod.GET, "/account"));
		rules.add(Rule.signedIn(HttpMethod.GET, "/start"));
		rules.add(Rule.open(null, "/error"));
		rules.add(Rule.open(HttpMethod.GET, "/v3/api-docs/**"));
		rules.add(Rule.open(HttpMethod.GET, "/v3/api-docs.yaml"));
		rules.add(Rule.open(HttpMethod.GET, "/swagger-ui.html"));
		rules.add(Rule.open(HttpMethod.GET, "/swagger-ui/**"));
		rules.add(Rule.open(HttpMethod.GET, "/actuator/health/**"));
		rules.add(Rule.open(HttpMethod.GET, "/actuator/info"));
		rules.add(Rule.roles(null, "/actuator/**", ADMINISTRATORS));
		// Applications: confidential until decided; applicants are limited to their own
		// by the applications feature
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/applications/{id}/history", READING_ONE_APPLICATION));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/applications", ALL_READING_APPLICATIONS));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/applications/{id}", READING_ONE_APPLICATION));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications", APPLYING));
		rules.add(Rule.roles(HttpMethod.PUT, "/api/v1/applications/{id}", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications/{id}/submit", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications/{id}/withdraw", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications/{id}/co-authors", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications/{id}/attachments", APPLYING));
		rules.add(Rule.roles(HttpMethod.DELETE, "/api/v1/applications/{id}/attachments/{key}", APPLYING));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/applications/{id}/attachments/{key}", READING_ONE_APPLICATION));
		// Reviews: caseworkers assign; a reviewer sees and answers only its own
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications/{id}/reviews", STAFF));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reviews", REVIEWING));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reviews/{id}", REVIEWING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reviews/{id}/score", REVIEWERS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reviews/{id}/conflict", REVIEWERS));
		rules.add(Rule.roles(HttpMethod.PUT, "/api/v1/reviews/{id}/scores", REVIEWERS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reviews/{id}/submit", REVIEWERS));
		// A reviewer's pages: its assignments, each application read-only with the
		// scoring
		rules.add(Rule.roles(HttpMethod.GET, "/reviews", REVIEWERS));
		rules.add(Rule.roles(null, "/reviews/**", REVIEWERS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/applications/{id}/decision", STAFF));
		// Reports of granted projects: confidential; the project's organisation drafts
		// and
		// hands them in (limited to its own by the reports feature), the authority's
		// staff
		// approves or returns them
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reports/obligations", ALL_READING_APPLICATIONS));
		// an auditor signs in with an applicant's account of the address it was invited
		// by
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reports/audits", APPLICANTS));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reports/{id}/audit-statement", ALL_READING_APPLICATIONS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/auditor", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/audit-statement", APPLICANTS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/sign-off", APPLICANTS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/attachments", APPLYING));
		rules.add(Rule.roles(HttpMethod.DELETE, "/api/v1/reports/{id}/attachments/{key}", APPLYING));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reports/{id}/attachments/{key}", ALL_READING_APPLICATIONS));
		// the files of a report and the auditor's statement, as pages link them
		rules.add(Rule.roles(HttpMethod.GET, "/reports/{id}/attachments/{key}", ALL_READING_APPLICATIONS));
		rules.add(Rule.roles(HttpMethod.GET, "/reports/{id}/audit-statement", ALL_READING_APPLICATIONS));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/reports/{id}", ALL_READING_APPLICATIONS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports", APPLYING));
		rules.add(Rule.roles(HttpMethod.PUT, "/api/v1/reports/{id}", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/hand-in", APPLYING));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/approve", STAFF));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/reports/{id}/return", STAFF));
		// Recommendation lists: caseworkers recommend and submit; whoever the pool names
		// decides (the recommendation feature checks which, and the four eyes)
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/calls/{id}/recommendations", READING_RECOMMENDATIONS));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/calls/{id}/recommendations/submit", STAFF));
		rules.add(Rule.roles(HttpMethod.POST, "/api/v1/calls/{id}/recommendations/decide", DECIDING));
		rules.add(Rule.roles(HttpMethod.PUT, "/api/v1/calls/{id}/recommendations/{applicationId}/change", DECIDING));
		rules.add(Rule.roles(HttpMethod.PUT, "/api/v1/calls/{id}/recommendations/{applicationId}", STAFF));
		rules.add(Rule.roles(HttpMethod.GET, "/api/v1/recommendation-lists", DECIDING));
		rules.add(Rule.roles(HttpMethod.GET, "/decisions", DECIDING));
		rules.add(Rule.roles(null, "/decisions/**", DECIDING));
		// Imports of earlier grants from 360Giving files: the authority's staff
		rules.add(Rule.roles(null, "/api/v1/grant-imports", STAFF));
		rules.add(Rule.roles(null, "/api/v1/grant-imports/**", STAFF));
		// Who follows up a granted project is the authority's own business
		rules.add(Rule.roles(null, "/api/v1/granted-projects/{id}/caseworker", STAFF));
		// Public records: anyone reads them and their history; the authority's staff
		// changes them
		for (String records : PUBLIC_RECORDS) {
			rules.add(Rule.open(HttpMethod.GET, "/api/v1/" + records));
			rules.add(Rule.open(HttpMethod.GET, "/api/v1/" + records + "/**"));
			rules.add(Rule.roles(HttpMethod.POST, "/api/v1/" + records, STAFF));
			rules.add(Rule.roles(HttpMethod.POST, "/api/v1/" + records + "/**", STAFF));
			rules.add(Rule.roles(HttpMethod.PUT, "/api/v1/" + records + "/**", STAFF));
		}
		// Accounts: administrators manage them; everyone signed in has their own account
		// and tokens
		rules.add(Rule.roles(null, "/api/v1/accounts", ADMINISTRATORS));
		rules.add(Rule.roles(null, "/admin/accounts", ADMINISTRATORS));
		rules.add(Rule.roles(null, "/admin/accounts/**", ADMINISTRATORS));
		rules.add(Rule.roles(null, "/api/v1/accounts/**", ADMINISTRATORS));
		rules.add(Rule.signedIn(null, "/api/v1/me"));
		rules.add(Rule.signedIn(null, "/api/v1/me/**"));
		return List.copyOf(rules);
	}

	private static final PathPatternParser PATTERNS = new PathPatternParser();

	/** The rule that decides a request, the first that matches, or empty: refused. */
	static Optional<Rule> ruleFor(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return RULES.stream().filter(rule -> rule.method() == null || rule.method().equals(method)).filter(rule -> {
			PathPattern pattern = PATTERNS.parse(rule.pattern());
			return pattern.matches(container);
		}).findFirst();
	}

	/**
	 * Only Pulje's own scripts, styles, images and fonts; no framing, no plugins, forms
	 * post only to Pulje. Inline styles are allowed for Swagger UI's page.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

	/**
	 * The API: HTTP Basic or a bearer token on every request, no session, no CSRF token
	 * (no cookie can carry a login to it).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccountManagement accounts, AccountDirectory directory)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**");
		authorize(http);
		http.addFilterBefore(new BearerTokens(accounts, directory, AccessRules::problem),
				BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> problem(response, 401, "Login required / Login påkrævet")))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint(
						(request, response, ex) -> problem(response, 401, "Login required / Login påkrævet"))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Not allowed / Ikke tilladt")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		headers(http);
		return http.build();
	}

	/**
	 * Pages: a login form, a session kept in the database (shared by every node), and a
	 * CSRF token on every form.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AccountManagement accounts, AccountDirectory directory,
			BusinessLogin businessLogin) throws Exception {
		businessLogin.offerOn(http);
		authorize(http);
		http.addFilterBefore(new BearerTokens(accounts, directory, AccessRules::problem),
				UsernamePasswordAuthenticationFilter.class)
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/start"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// A person gets a page saying so, as for any page that fails
			// (web.ErrorPages).
			.exceptionHandling(
					handling -> handling.accessDeniedHandler((request, response, ex) -> response.sendError(403)));
		headers(http);
		return http.build();
	}

	private static void authorize(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> {
			for (Rule rule : RULES) {
				var matcher = rule.method() == null ? requests.requestMatchers(rule.pattern())
						: requests.requestMatchers(rule.method(), rule.pattern());
				switch (rule.access()) {
					case PUBLIC -> matcher.permitAll();
					case SIGNED_IN -> matcher.authenticated();
					case ROLES -> matcher.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
				}
			}
			requests.anyRequest().denyAll();
		});
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	static void problem(HttpServletResponse response, int status, @Nullable String title) throws IOException {
		response.setStatus(status);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Pulje\", Bearer");
		}
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"/problems/" + (status == 401 ? "login-required" : "not-allowed") + "\",\"title\":\""
					+ title + "\",\"status\":" + status + "}");
	}

}
