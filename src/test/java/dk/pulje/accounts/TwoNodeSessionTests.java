package dk.pulje.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dk.pulje.IntegrationTest;
import dk.pulje.PuljeApplication;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: a person signs in on the first and goes on working on the second, because
 * the session lives in the database, not in either node.
 */
@IntegrationTest
class TwoNodeSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("(?:^|\\s)SESSION=([^;]+)");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aPersonSignedInOnOneNodeContinuesOnTheOther() throws Exception {
		try (ConfigurableApplicationContext second = secondNode()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();

			String session = signIn(this.port, "admin", TestDatabase.ADMIN_PASSWORD);
			HttpResponse<String> onSecond = get(secondPort, "/account", session);
			HttpResponse<String> withoutSession = get(secondPort, "/account", null);

			assertThat(secondPort).isNotEqualTo(this.port);
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("Du er logget ind som <strong>admin</strong>");
			assertThat(withoutSession.statusCode()).isEqualTo(302);
			assertThat(withoutSession.headers().firstValue("Location").orElse("")).endsWith("/login");
		}
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsAndSentOnlyOverHttps() throws Exception {
		HttpResponse<String> loginPage = get(this.port, "/login", null);

		String cookie = loginPage.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");
	}

	/** A second node on the same database, configured as command-line arguments so that nothing overrides them. */
	private ConfigurableApplicationContext secondNode() {
		return new SpringApplicationBuilder(PuljeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
				"--pulje.demo-data=false", "--pulje.admin.initial-password=" + TestDatabase.ADMIN_PASSWORD,
				"--spring.jmx.enabled=false");
	}

	/** Signs in through the login form, with its CSRF token, and returns the session the node gives back. */
	private String signIn(int node, String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = get(node, "/login", null);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session(form))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/account");
		return session(login);
	}

	private HttpResponse<String> get(int node, String path, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node + path)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
