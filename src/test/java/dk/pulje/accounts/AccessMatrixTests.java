package dk.pulje.accounts;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint the application registers, as every role and as nobody, and
 * compares what happens with the rule {@link AccessRules} declares: refused (401 for
 * nobody, 403 for a role) exactly where the rule says no. An endpoint without a rule
 * fails the test, and so does any answer of the server failing (5xx).
 */
@IntegrationTest
class AccessMatrixTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]+))?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Api administrator;

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
	}

	/**
	 * One request to send: a method and a concrete path made from a registered pattern.
	 */
	record Endpoint(HttpMethod method, String pattern, String path) {
	}

	@Test
	void everyEndpointHasARuleAndEveryRoleGetsWhatTheRuleSays() {
		List<Endpoint> endpoints = endpoints();
		Map<Role, People.Person> people = new People(this.administrator)
			.everyRole(new Fixtures(this.administrator).organisation("751"));
		List<String> wrong = new ArrayList<>();

		assertThat(endpoints).hasSizeGreaterThan(40);
		for (Endpoint endpoint : endpoints) {
			Optional<AccessRules.Rule> rule = AccessRules.ruleFor(endpoint.method(), endpoint.path());
			if (rule.isEmpty()) {
				wrong.add(endpoint + " has no access rule");
				continue;
			}
			if (isPageForm(endpoint)) {
				checkPageForm(endpoint, Optional.empty(), null, rule.get(), wrong);
				for (Role role : Role.values()) {
					checkPageForm(endpoint, Optional.of(role), people.get(role), rule.get(), wrong);
				}
				continue;
			}
			check(endpoint, Optional.empty(), this.administrator.anonymous(), rule.get(), wrong);
			for (Role role : Role.values()) {
				check(endpoint, Optional.of(role), people.get(role).api(), rule.get(), wrong);
			}
		}

		assertThat(wrong).isEmpty();
	}

	/**
	 * The deadline rule: the time an application was received is given by staff alone,
	 * and the application keeps who gave it. The applicant's own submission dated inside
	 * a call's window that has closed is refused, and the draft stays a draft; reviewers
	 * and analysts submit nothing at all.
	 */
	@Test
	void onlyStaffRegisterWhenAnApplicationWasReceivedAndTheApplicationKeepsWho() {
		Fixtures fixtures = new Fixtures(this.administrator);
		long aarhus = fixtures.organisation("751");
		Map<Role, People.Person> people = new People(this.administrator).everyRole(aarhus);
		long closedCall = fixtures.closedCall(fixtures.pool(), "1000000.00");
		LocalDateTime beforeTheDeadline = Fixtures.DEADLINE_2017.minusDays(3);

		for (Role role : Role.values()) {
			Api.Response drafted = people.get(Role.APPLICANT)
				.api()
				.post("/api/v1/applications",
						fixtures.applicationRequest(closedCall, aarhus, List.of(), "akut", Map.of(2018, "1000.00")));
			String path = "/api/v1/applications/" + drafted.id();
			Api.Response submitted = people.get(role)
				.api()
				.post(path + "/submit", Map.of("receivedAt", beforeTheDeadline.toString()));
			switch (role) {
				case APPLICANT -> {
					assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(422);
					assertThat(submitted.text("rule")).isEqualTo("received-at-staff-only");
					assertThat(submitted.text("field")).isEqualTo("receivedAt");
					assertThat(this.administrator.get(path).text("status")).isEqualTo("DRAFT");
				}
				case CASEWORKER, ADMINISTRATOR -> {
					assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
					assertThat(submitted.text("submittedAt")).startsWith(beforeTheDeadline.toString());
					assertThat(submitted.text("receiptRegisteredBy")).isEqualTo(people.get(role).username());
				}
				default -> {
					assertThat(submitted.status()).as(role + " " + submitted.body()).isEqualTo(403);
					assertThat(this.administrator.get(path).text("status")).isEqualTo("DRAFT");
				}
			}
		}
		LocalDateTime now = DanishTime.of(Instant.now()).toLocalDateTime().withNano(0);
		long openCall = fixtures.call(fixtures.pool(), "1000000.00", now.minusDays(1), now.plusDays(1));
		Api.Response ownSubmission = people.get(Role.APPLICANT)
			.api()
			.post("/api/v1/applications/" + fixtures.draft(openCall, aarhus, Map.of(2018, "1000.00")) + "/submit",
					Map.of());
		assertThat(ownSubmission.status()).as(ownSubmission.body().toString()).isEqualTo(200);
		assertThat(ownSubmission.body().path("receiptRegisteredBy").isNull()).isTrue();
	}

	/**
	 * A form on a page: posted from a signed-in browser session with its CSRF token, as a
	 * person would.
	 */
	private static boolean isPageForm(Endpoint endpoint) {
		return endpoint.method() == HttpMethod.POST && !endpoint.path().startsWith("/api/");
	}

	private void checkPageForm(Endpoint endpoint, Optional<Role> role, People.Person person, AccessRules.Rule rule,
			List<String> wrong) {
		String base = "http://localhost:" + this.port;
		try {
			SessionClient browser = new SessionClient();
			if (person != null) {
				browser.signIn(base, person.username(), person.password());
			}
			String token = browser.csrfToken(base + "/login");
			HttpResponse<String> response = browser.postForm(base + endpoint.path(), "_csrf=" + token);
			judge(endpoint, role, rule, response.statusCode(), response.headers().firstValue("Location").orElse(null),
					wrong);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void check(Endpoint endpoint, Optional<Role> role, Api api, AccessRules.Rule rule,
			List<String> wrong) {
		Object body = endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT ? Map.of() : null;
		Api.Response response = api.send(endpoint.method().name(), endpoint.path(), body, null);
		judge(endpoint, role, rule, response.status(), response.location(), wrong);
	}

	private static void judge(Endpoint endpoint, Optional<Role> role, AccessRules.Rule rule, int status,
			String location, List<String> wrong) {
		boolean allowed = rule.allows(role);
		// A page sends nobody to the login form; the API answers 401.
		boolean toLogin = status == 302 && location != null && location.endsWith("/login");
		if (toLogin) {
			status = 401;
		}
		boolean refused = status == 401 || status == 403;
		int expectedRefusal = role.isPresent() ? 403 : 401;
		if (status >= 500) {
			wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role.map(Role::name).orElse("nobody")
					+ ": the server failed with " + status);
		}
		if (allowed == refused || (refused && status != expectedRefusal)) {
			wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role.map(Role::name).orElse("nobody") + ": "
					+ status + ", but the rule " + (allowed ? "allows it" : "refuses it"));
		}
	}

	/**
	 * Every registered endpoint, with its variables filled in (each alternative of a
	 * constrained one).
	 */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					for (String path : expand(pattern)) {
						endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, path));
					}
				}
			}
		}
		return endpoints;
	}

	private static List<String> expand(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		if (!m.find()) {
			return List.of(pattern);
		}
		List<String> values = m.group(2) == null ? List.of("987654321") : List.of(m.group(2).split("\\|"));
		List<String> paths = new ArrayList<>();
		for (String value : values) {
			paths.addAll(expand(pattern.substring(0, m.start()) + value + pattern.substring(m.end())));
		}
		return paths;
	}

}
