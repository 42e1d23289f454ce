package dk.pulje.accounts;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through a real OpenID Connect provider, started here: the provider states the
 * person's CVR number, and Pulje opens an applicant account for the organisation with
 * that number.
 */
@IntegrationTest
class BusinessLoginTests {

	private static final String ISSUER = "nemlogin";

	private static final String CVR_CLAIM = "https://data.gov.dk/model/core/eid/professional/cvr";

	private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static {
		PROVIDER.start();
	}

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("pulje.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
		registry.add("pulje.oidc.client-id", () -> "pulje");
		registry.add("pulje.oidc.client-secret", () -> "a-secret-made-for-this-test");
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@LocalServerPort
	int port;

	Api administrator;

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
	}

	@Test
	void aFirstLoginOpensAnApplicantAccountForTheOrganisationTheProviderNames() throws Exception {
		String cvr = OrganisationCvrs.fresh();
		long organisation = this.administrator
			.post("/api/v1/organisations",
					Map.of("name", Fixtures.unique("Lægehuset"), "type", "GENERAL_PRACTICE", "cvr", cvr))
			.id();
		String subject = Fixtures.unique("person").replace(" ", "-");
		PROVIDER.enqueueCallback(
				new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("pulje"), Map.of(CVR_CLAIM, cvr), 3600));

		HttpResponse<String> landed = logIn();

		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.body()).contains("oidc-" + subject.toLowerCase());
		assertThat(Jsoup.parse(landed.body()).selectFirst("h1").text()).isEqualTo("Mine ansøgninger");
		Api.Response account = this.administrator.get("/api/v1/accounts?q=oidc-" + subject.toLowerCase());
		assertThat(account.body().path("items").get(0).path("organisationIds").get(0).asLong()).isEqualTo(organisation);
	}

	@Test
	void aLoginThatNamesNoKnownOrganisationIsRefused() throws Exception {
		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "stranger", "JWT", List.of("pulje"),
				Map.of(CVR_CLAIM, OrganisationCvrs.fresh()), 3600));

		HttpResponse<String> landed = logIn();

		assertThat(landed.statusCode()).isEqualTo(302);
		assertThat(landed.headers().firstValue("Location").orElse("")).contains("/login?error");
	}

	/**
	 * Follows the login as a browser would: to the provider, back with a code, and on to
	 * where Pulje sends the person, carrying Pulje's session cookie.
	 */
	private HttpResponse<String> logIn() throws IOException, InterruptedException {
		SessionClient browser = new SessionClient();
		HttpResponse<String> start = browser.get("http://localhost:" + this.port + "/oauth2/authorization/oidc");
		assertThat(start.statusCode()).isEqualTo(302);
		HttpResponse<String> provider = browser.get(start.headers().firstValue("Location").orElseThrow());
		assertThat(provider.statusCode()).isEqualTo(302);
		HttpResponse<String> callback = browser.get(provider.headers().firstValue("Location").orElseThrow());
		String next = callback.headers().firstValue("Location").orElse("");
		if (callback.statusCode() != 302 || !next.endsWith("/start")) {
			return callback;
		}
		HttpResponse<String> landing = browser.get(next);
		return browser.get(landing.headers().firstValue("Location").orElseThrow());
	}

}
