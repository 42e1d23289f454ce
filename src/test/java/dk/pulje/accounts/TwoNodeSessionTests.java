package dk.pulje.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dk.pulje.IntegrationTest;
import dk.pulje.PuljeApplication;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: a person signs in on the first and goes on
 * working on the second, because the session lives in the database, not in either node.
 */
@IntegrationTest
class TwoNodeSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void aPersonSignedInOnOneNodeContinuesOnTheOther() throws Exception {
		try (ConfigurableApplicationContext second = secondNode()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			SessionClient browser = new SessionClient();

			signIn(browser, this.port, "admin", TestDatabase.ADMIN_PASSWORD);
			HttpResponse<String> onSecond = browser.get(url(secondPort, "/account"));
			HttpResponse<String> withoutSession = new SessionClient().get(url(secondPort, "/account"));

			assertThat(secondPort).isNotEqualTo(this.port);
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(onSecond.body()).text()).contains("Du er logget ind som admin");
			assertThat(withoutSession.statusCode()).isEqualTo(302);
			assertThat(withoutSession.headers().firstValue("Location").orElse("")).endsWith("/login");
		}
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsAndSentOnlyOverHttps() throws Exception {
		HttpResponse<String> loginPage = new SessionClient().get(url(this.port, "/login"));

		String cookie = loginPage.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");
	}

	/**
	 * A second node on the same database, configured as command-line arguments so that
	 * nothing overrides them.
	 */
	private ConfigurableApplicationContext secondNode() {
		return new SpringApplicationBuilder(PuljeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
				"--pulje.demo-data=false", "--pulje.admin.initial-password=" + TestDatabase.ADMIN_PASSWORD,
				"--spring.jmx.enabled=false");
	}

	/**
	 * Signs in through the login form, with its CSRF token; the client keeps the session
	 * the node gives back.
	 */
	private static void signIn(SessionClient browser, int node, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> form = browser.get(url(node, "/login"));
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
		HttpResponse<String> login = browser.postForm(url(node, "/login"),
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/start");
	}

	private static String url(int node, String path) {
		return "http://localhost:" + node + path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
