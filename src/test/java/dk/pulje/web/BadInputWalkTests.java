package dk.pulje.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route the application registers, page and API alike, and sends each of its
 * path, query and form parameters the values a careless or hostile client sends: words
 * for numbers, fractions, numbers beyond any column, blanks, NUL and other control
 * characters, very long text, broken and unusual unicode. The server never fails (no
 * 5xx); a page answers with a page (HTML), the API with a problem detail that names the
 * parameter. A new route, or a new parameter of an old one, is walked without anyone
 * adding it here.
 */
@IntegrationTest
class BadInputWalkTests {

	/**
	 * Values as they are sent on the wire: already percent-encoded where a raw character
	 * would not travel.
	 */
	static final List<String> BAD_VALUES = List.of("abc", "1.5", "-1", "0", "99999999999", "99999999999999999999",
			"1e400", "", "%20", "%00", "%0A%0D", "a".repeat(5000), "%C3%A6%F0%9F%98%80", "%FF%FE", "2027-03-28T02:30",
			"%2B999999999-12-31", "%2C", "%3Cscript%3E");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]+))?}");

	/** Special argument types a handler takes that are not parameters of the request. */
	private static final Set<String> NOT_PARAMETERS = Set.of("org.springframework.ui.Model",
			"org.springframework.validation.BindingResult", "java.util.Locale",
			"org.springframework.web.servlet.mvc.support.RedirectAttributes", "jakarta.servlet.http.HttpServletRequest",
			"jakarta.servlet.http.HttpServletResponse", "org.springframework.security.core.Authentication",
			"java.security.Principal");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/**
	 * One route as registered: its method, its pattern, and the names of the parameters
	 * its handler reads.
	 */
	record Route(String method, String pattern, List<String> parameters) {

		boolean isApi() {
			return this.pattern.startsWith("/api/") || this.pattern.startsWith("/actuator")
					|| this.pattern.startsWith("/open-data/");
		}

	}

	@Test
	void noValueOfAnyParameterOfAnyRouteMakesTheServerFail() throws Exception {
		Api administrator = Api.asAdministrator(this.port);
		Map<String, String> ids = records(administrator);
		String token = administrator.post("/api/v1/me/tokens", Map.of("name", "Vandring")).text("secret");
		SessionClient browser = new SessionClient();
		String base = "http://localhost:" + this.port;
		browser.signIn(base, "admin", TestDatabase.ADMIN_PASSWORD);
		String csrf = browser.csrfToken(base + "/casework/pools/new");

		List<Route> routes = routes();
		List<String> wrong = new ArrayList<>();
		int requests = 0;
		assertThat(routes).hasSizeGreaterThan(100);
		for (Route route : routes) {
			for (String path : paths(route.pattern(), ids)) {
				for (String bad : BAD_VALUES) {
					for (String variable : variables(route.pattern())) {
						requests++;
						String badPath = withVariable(route.pattern(), path, variable, bad, ids);
						judge(route, variable, send(route, base + badPath, "", browser, csrf, token), wrong);
					}
					for (String parameter : route.parameters()) {
						requests++;
						String query = parameter + "=" + bad;
						judge(route, parameter, send(route, base + path, query, browser, csrf, token), wrong);
					}
				}
			}
		}
		System.out.printf("The bad-input walk sent %d requests over %d routes%n", requests, routes.size());
		assertThat(wrong).as("of %d requests", requests).isEmpty();
	}

	private void judge(Route route, String parameter, HttpResponse<String> response, List<String> wrong) {
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		String what = route.method() + " " + response.uri() + " (" + parameter + ")";
		if (status >= 500) {
			wrong.add(what + ": the server failed with " + status);
			return;
		}
		if (status < 400 || status == 401 || status == 403 || status == 405) {
			return;
		}
		if (route.isApi()) {
			if (!type.startsWith("application/problem+json")) {
				wrong.add(what + ": " + status + " as " + type + ", not a problem detail");
			}
			else if (status == 400 && !namesTheFault(route, parameter, response.body())) {
				wrong.add(what + ": 400 without naming " + parameter + ": " + response.body());
			}
		}
		else if (!type.startsWith("text/html")) {
			wrong.add(what + ": " + status + " as " + type + ", not a page");
		}
	}

	/**
	 * A 400 names the parameter, or the path when the address itself could not be read;
	 * with a body (the walk sends an empty one) it may name the body's fields instead,
	 * which are missing.
	 */
	private static boolean namesTheFault(Route route, String parameter, String body) {
		boolean hasBody = !route.method().equals("GET") && !route.method().equals("DELETE");
		return body.contains("\"field\":\"" + parameter + "\"") || body.contains("\"field\":\"path\"")
				|| (hasBody && body.contains("\"errors\":[{"));
	}

	private HttpResponse<String> send(Route route, String url, String query, SessionClient browser, String csrf,
			String token) throws Exception {
		boolean body = !route.method().equals("GET") && !route.method().equals("DELETE");
		HttpRequest.Builder request;
		if (route.isApi()) {
			request = HttpRequest.newBuilder(uri(url + (query.isEmpty() ? "" : "?" + query)))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json, application/problem+json");
			if (body) {
				request.header("Content-Type", "application/json")
					.method(route.method(), HttpRequest.BodyPublishers.ofString("{}"));
			}
			else {
				request.method(route.method(), HttpRequest.BodyPublishers.noBody());
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		if (body) {
			return browser.postForm(url, "_csrf=" + csrf + (query.isEmpty() ? "" : "&" + query));
		}
		return browser.get(url + (query.isEmpty() ? "" : "?" + query));
	}

	private static URI uri(String url) {
		return URI.create(url);
	}

	/**
	 * Each registered route with the names of the request parameters its handler reads.
	 */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			List<String> parameters = parameters(handler);
			for (String pattern : info.getPatternValues()) {
				for (String method : methods(info)) {
					routes.add(new Route(method, pattern, parameters));
				}
			}
		});
		return routes;
	}

	private static List<String> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? List.of("GET") : methods.stream().map(RequestMethod::name).toList();
	}

	/**
	 * Query and form parameters: each named request parameter, and each property of a
	 * form object.
	 */
	private static List<String> parameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (!MultipartFile.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)) {
					String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
					names.add(name);
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| (parameter.getParameterAnnotations().length == 0 && !BeanUtils.isSimpleProperty(type)
							&& type.getName().startsWith("dk.pulje") && !NOT_PARAMETERS.contains(type.getName()))) {
				names.addAll(properties(type));
			}
		}
		return List.copyOf(names);
	}

	private static List<String> properties(Class<?> form) {
		if (form.isRecord()) {
			return Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return Arrays.stream(BeanUtils.getPropertyDescriptors(form))
			.filter(property -> property.getWriteMethod() != null)
			.map(PropertyDescriptor::getName)
			.toList();
	}

	private static List<String> variables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher m = VARIABLE.matcher(pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/**
	 * The pattern with every variable filled with a record of the walk's own, each
	 * alternative of a choice.
	 */
	private static List<String> paths(String pattern, Map<String, String> ids) {
		Matcher m = VARIABLE.matcher(pattern);
		if (!m.find()) {
			return List.of(pattern);
		}
		List<String> values = m.group(2) != null ? List.of(m.group(2).split("\\|"))
				: List.of(idFor(pattern.substring(0, m.start()), m.group(1), ids));
		List<String> paths = new ArrayList<>();
		for (String value : values) {
			paths.addAll(paths(pattern.substring(0, m.start()) + value + pattern.substring(m.end()), ids));
		}
		return paths;
	}

	/**
	 * The path with one variable given the bad value and the others filled as
	 * {@link #paths} fills them.
	 */
	private static String withVariable(String pattern, String filled, String variable, String bad,
			Map<String, String> ids) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		int last = 0;
		while (m.find()) {
			path.append(pattern, last, m.start());
			if (m.group(1).equals(variable)) {
				path.append(bad);
			}
			else if (m.group(2) != null) {
				path.append(m.group(2).split("\\|")[0]);
			}
			else {
				path.append(idFor(pattern.substring(0, m.start()), m.group(1), ids));
			}
			last = m.end();
		}
		return path.append(pattern.substring(last)).toString();
	}

	/**
	 * A record of the walk's own for a variable, by the collection it follows
	 * ("/pools/{id}" is a pool).
	 */
	private static String idFor(String before, String variable, Map<String, String> ids) {
		if (variable.equals("n") || variable.equals("no")) {
			return "1";
		}
		if (variable.equals("step")) {
			return "basics";
		}
		String[] segments = before.split("/");
		String collection = segments.length == 0 ? "" : segments[segments.length - 1];
		if (variable.equals("callId")) {
			collection = "calls";
		}
		return ids.getOrDefault(collection, "987654321");
	}

	/**
	 * A pool with a call and a drafted application, and a plan and a follow-up group, for
	 * the walk to visit.
	 */
	private static Map<String, String> records(Api administrator) {
		Fixtures fixtures = new Fixtures(administrator);
		long pool = fixtures.pool();
		LocalDateTime now = DanishTime.of(Instant.now()).toLocalDateTime().withNano(0);
		long call = fixtures.call(pool, "1000000.00", now.minusDays(1), now.plusDays(30));
		long application = fixtures.draft(call, fixtures.organisation("751"), Map.of(2018, "1000.00"));
		return Map.of("pools", String.valueOf(pool), "calls", String.valueOf(call), "applications",
				String.valueOf(application), "organisations", String.valueOf(fixtures.organisation("751")));
	}

}
