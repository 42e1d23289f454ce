package dk.pulje.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal is a sentence a caseworker or an applicant reads: choices in words, days as
 * the pages write them, one full stop, the field named; a person gets a page and a script
 * a problem detail, whatever refused the request.
 */
@IntegrationTest
class RefusalWordingTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@Test
	void aRuleNamesChoicesInWordsAndDaysAsThePagesDo() {
		Map<String, Object> regionsOnly = this.fixtures.poolRequest();
		regionsOnly.put("eligibleTypes", List.of("REGION"));
		long call = this.fixtures.closedCall(this.fixtures.pool(regionsOnly), "1000000.00");
		long draft = this.fixtures.draft(call, this.fixtures.organisation("751"), Map.of(2018, "1000.00"));

		Api.Response danish = this.fixtures.submit(draft, Fixtures.DEADLINE_2017.minusDays(1));
		Api.Response late = this.api.post("/api/v1/applications/" + draft + "/submit", Map.of());
		Api.Response english = this.api.inEnglish()
			.post("/api/v1/applications/" + draft + "/submit",
					Map.of("receivedAt", Fixtures.DEADLINE_2017.minusDays(1).toString()));

		assertThat(danish.status()).isEqualTo(422);
		assertThat(danish.body().toString()).contains("Aarhus Kommune kan ikke søge")
			.contains("puljen kan ikke søges af kommuner")
			.doesNotContain("MUNICIPALITY");
		assertThat(english.body().toString()).contains("is not open to municipalities").doesNotContain("MUNICIPALITY");
		assertThat(late.body().toString()).contains("2. oktober 2017 kl. 09.00", "11. december 2017 kl. 12.00")
			.doesNotContain("2017-12-11T");
	}

	@Test
	void aSentenceThatEndsWithAnAmountHasOneFullStopAndAmountsFollowTheLanguage() {
		Map<String, Object> pool = this.fixtures.poolRequest();
		pool.put("earmarks", List.of(Map.of("description", "Til det hele", "amount", "300000000.00")));

		Api.Response refused = this.api.post("/api/v1/pools", pool);
		Api.Response english = this.api.inEnglish().post("/api/v1/pools", pool);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("detail")).endsWith("200 mio. kr.").doesNotContain("kr..");
		assertThat(english.text("detail"))
			.isEqualTo("The earmarks add up to DKK 300 million, more than the pool's DKK 200 million.");
	}

	@Test
	void anUnknownProgrammeIsNamedAtItsField() {
		Api.Response group = this.api.post("/api/v1/follow-up-groups",
				Map.of("name", Fixtures.unique("Følgegruppe"), "programmeId", 987654321));
		Api.Response plan = this.api.post("/api/v1/action-plans",
				Map.of("name", Fixtures.unique("Plan"), "internal", false, "tracks",
						List.of(Map.of("no", 1, "title", "Spor", "initiatives",
								List.of(Map.of("no", 1, "title", "Indsats", "programmeId", 987654321))))));

		assertThat(group.status()).isEqualTo(422);
		assertThat(group.text("field")).isEqualTo("programmeId");
		assertThat(plan.status()).isEqualTo(422);
		assertThat(plan.text("field")).isEqualTo("tracks[0].initiatives[0].programmeId");
	}

	@Test
	void negativeAmountsAndMeasuresBeyondTheirDigitsAreRefusedAtTheirField() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		Map<String, Object> application = this.fixtures.applicationRequest(call, this.fixtures.organisation("751"),
				List.of(), "akut", Map.of(2018, "-1000.00"));
		Map<String, Object> programme = Map.of("name", Fixtures.unique("Program"), "kind", "PROGRAMME", "statedTotal",
				"-5.00");
		Map<String, Object> indicator = new HashMap<>(Map.of("no", 1, "name", "Borgere", "unit", "antal"));

		Api.Response budget = this.api.post("/api/v1/applications", application);
		Api.Response total = this.api.post("/api/v1/programmes", programme);
		indicator.put("values", List.of(Map.of("period", 2018, "value", new BigDecimal("1e400"))));
		Api.Response huge = this.api.post("/api/v1/action-plans",
				Map.of("name", Fixtures.unique("Plan"), "internal", false, "indicators", List.of(indicator)));
		indicator.put("values", List.of(Map.of("period", 2018, "value", new BigDecimal("1.005"))));
		Api.Response precise = this.api.post("/api/v1/action-plans",
				Map.of("name", Fixtures.unique("Plan"), "internal", false, "indicators", List.of(indicator)));

		assertThat(budget.status()).as(String.valueOf(budget.body())).isEqualTo(422);
		assertThat(budget.text("field")).isEqualTo("budgetLines[0].amount");
		assertThat(total.status()).as(String.valueOf(total.body())).isEqualTo(422);
		assertThat(total.text("field")).isEqualTo("statedTotal");
		assertThat(huge.status()).as(String.valueOf(huge.body())).isEqualTo(422);
		assertThat(huge.text("field")).isEqualTo("indicators[0].values[0].value");
		assertThat(precise.status()).as(String.valueOf(precise.body())).isEqualTo(422);
	}

	@Test
	void aPersonRefusedAPageGetsAPageAndAScriptRefusedByTheContainerGetsAProblem() throws Exception {
		People.Person applicant = new People(this.api).open(Role.APPLICANT, List.of(this.fixtures.organisation("751")));
		SessionClient browser = new SessionClient();
		browser.signIn("http://localhost:" + this.port, applicant.username(), applicant.password());

		HttpResponse<String> casework = browser.get("http://localhost:" + this.port + "/casework");
		HttpResponse<String> nul = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/pools/1%00")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(casework.statusCode()).isEqualTo(403);
		assertThat(casework.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(casework.body()).contains("Ingen adgang");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(nul.body()).contains("\"field\":\"path\"").doesNotContain("Tomcat");
	}

}
