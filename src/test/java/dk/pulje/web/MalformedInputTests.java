package dk.pulje.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input a careless or hostile client sends is refused with 400 and the field named, never
 * stored as a guess and never answered with 500; the texts are whole sentences in Danish
 * and English.
 */
@IntegrationTest
class MalformedInputTests {

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
	void anAbsurdAmountIsRefusedAndTheOverviewsOfMoneyStayUp() throws Exception {
		Map<String, Object> pool = this.fixtures.poolRequest();
		pool.put("yearlyAmounts", Map.of("2027", "92233720368547758.07"));

		Api.Response refused = this.api.post("/api/v1/pools", pool);

		assertRefused(refused, "yearlyAmounts");
		assertThat(this.api.get("/api/v1/pools?q=" + encoded((String) pool.get("name")))
			.body()
			.path("totalItems")
			.asLong()).isZero();
		String base = "http://localhost:" + this.port;
		SessionClient caseworker = new SessionClient();
		caseworker.signIn(base, "admin", TestDatabase.ADMIN_PASSWORD);
		for (String page : List.of("/dashboard", "/overviews/money", "/overviews/money.csv", "/overviews/money.xlsx")) {
			assertThat(caseworker.get(base + page).statusCode()).as(page).isEqualTo(200);
		}
	}

	@Test
	void theLargestAmountIsTakenAndOneØreMoreIsNot() {
		Map<String, Object> largest = this.fixtures.poolRequest();
		largest.put("yearlyAmounts", Map.of("2027", "100000000000.00"));
		Map<String, Object> beyond = this.fixtures.poolRequest();
		beyond.put("yearlyAmounts", Map.of("2027", "100000000000.01"));

		assertThat(this.api.post("/api/v1/pools", largest).status()).isEqualTo(201);
		assertRefused(this.api.post("/api/v1/pools", beyond), "yearlyAmounts");
		assertThat(this.api.get("/overviews/money.csv").status()).isEqualTo(200);
	}

	@Test
	void moneySentAsAJsonNumberIsRefused() {
		for (String number : List.of("0.1", "1E+2", "100")) {
			String body = poolJson().replace("\"100000000.00\"", number);

			Api.Response refused = this.api.post("/api/v1/pools", body);

			assertRefused(refused, "yearlyAmounts");
			assertThat(refused.body().path("errors").get(0).path("message").asString()).contains("50800000.00");
		}
	}

	@Test
	void aFractionIsNotTakenForAnIdNorANumberForAChoice() {
		long call = this.fixtures.call(this.fixtures.pool(), "1000000.00", Fixtures.OPENS_2017, Fixtures.DEADLINE_2017);
		Map<String, Object> application = this.fixtures.applicationRequest(call, this.fixtures.organisation("751"),
				List.of(), "akut", Map.of(2018, "1000.00"));
		application.put("callId", call + 0.5);

		assertRefused(this.api.post("/api/v1/applications", application), "callId");
		Api.Response role = this.api.post("/api/v1/accounts",
				Map.of("username", Fixtures.unique("x").replace(" ", "-"), "role", 0));
		assertRefused(role, "role");
		assertThat(role.body().path("errors").get(0).path("message").asString()).contains("ADMINISTRATOR", "APPLICANT");
	}

	@Test
	void aDateSentAsANumberOrBeyondTheYearsPuljeKeepsIsRefused() {
		for (Object end : List.of(20210101, "+999999999-12-31", "1899-12-31")) {
			Map<String, Object> pool = this.fixtures.poolRequest();
			pool.put("projectPeriod", Map.of("start", "2018-01-01", "end", end));

			assertRefused(this.api.post("/api/v1/pools", pool), "projectPeriod.end");
		}
		long pool = this.fixtures.pool();
		Api.Response farAway = this.api.post("/api/v1/pools/" + pool + "/calls",
				Map.of("amount", "1000.00", "opensAt", "2027-01-04T09:00", "deadline", "+999999999-01-01T12:00"));
		assertRefused(farAway, "deadline");
	}

	@Test
	void aTimeTheDanishClocksSkipIsRefusedRatherThanMovedAnHour() {
		long pool = this.fixtures.pool();

		Api.Response refused = this.api.post("/api/v1/pools/" + pool + "/calls",
				Map.of("amount", "1000.00", "opensAt", "2027-01-04T09:00", "deadline", "2027-03-28T02:30"));
		Api.Response theHourAfter = this.api.post("/api/v1/pools/" + pool + "/calls",
				Map.of("amount", "1000.00", "opensAt", "2027-01-04T09:00", "deadline", "2027-03-28T03:30"));

		assertRefused(refused, "deadline");
		assertThat(refused.body().path("errors").get(0).path("message").asString()).contains("sommertid");
		assertThat(theHourAfter.status()).isEqualTo(201);
		assertThat(theHourAfter.text("deadline")).isEqualTo("2027-03-28T03:30:00+02:00");
	}

	@Test
	void nullInsideAListOrAsAYearsAmountIsRefused() {
		Map<String, Object> pool = this.fixtures.poolRequest();
		List<Object> areas = new ArrayList<>();
		areas.add(null);
		pool.put("contentAreas", areas);
		assertRefused(this.api.post("/api/v1/pools", pool), "contentAreas[0]");

		Map<String, Object> earmarked = this.fixtures.poolRequest();
		earmarked.put("earmarks", areas);
		assertRefused(this.api.post("/api/v1/pools", earmarked), "earmarks[0]");

		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.submitted(call, this.fixtures.organisation("751"), Map.of(2018, "1000.00"));
		Map<String, Object> byYear = new HashMap<>();
		byYear.put("2018", null);
		Api.Response decision = this.api.post("/api/v1/applications/" + application + "/decision",
				Map.of("outcome", "GRANTED_IN_PART", "grantedByYear", byYear, "reason", "Tilpasset"));
		assertRefused(decision, "grantedByYear");
		assertThat(this.api.get("/api/v1/applications/" + application).text("status")).isEqualTo("SUBMITTED");
	}

	@Test
	void textWithANulCharacterIsRefusedAndNothingIsSaved() {
		Map<String, Object> pool = this.fixtures.poolRequest();
		pool.put("name", "\u0000");
		assertRefused(this.api.post("/api/v1/pools", pool), "name");

		Map<String, Object> organisation = Map.of("name", "Forening\u0000 for sundhed", "type", "PRIVATE_ORGANISATION",
				"cvr", "10150817");
		Api.Response refused = this.api.post("/api/v1/organisations", organisation);
		assertRefused(refused, "name");
		assertThat(refused.body().path("errors").get(0).path("message").asString()).contains("NUL");
	}

	@Test
	void aRefusalSaysHowManyFieldsAreWrongWithNoPlaceholderLeft() {
		Api.Response danish = this.api.post("/api/v1/pools", poolJson().replace("\"100000000.00\"", "0.1"));
		Api.Response english = this.api.inEnglish()
			.post("/api/v1/pools", poolJson().replace("\"100000000.00\"", "0.1"));
		Api.Response wrongId = this.api.get("/api/v1/pools/abc");

		assertThat(danish.text("detail")).isEqualTo("1 felt(er) er ikke gyldige; se errors.");
		assertThat(english.text("detail")).isEqualTo("1 field(s) are not valid; see errors.");
		assertRefused(wrongId, "id");
		assertThat(wrongId.body().path("errors").get(0).path("message").asString()).isEqualTo("skal være et helt tal");
		assertThat(wrongId.body().toString()).doesNotContain("{0}").doesNotContain("{1}");
	}

	private static void assertRefused(Api.Response response, String field) {
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().path("errors").findValuesAsString("field")).as(response.body().toString())
			.anyMatch(named -> named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "["));
		assertThat(response.body().toString()).doesNotContain("{0}");
	}

	private String poolJson() {
		return JsonMapper.builder().build().writeValueAsString(this.fixtures.poolRequest());
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
