package dk.pulje.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's action plan reproduced from the demo data through the API: the funding
 * table's totals where they agree with its rows and the two the plan prints that do not,
 * capital told apart from operating money, the indicator's change from 2017 to 2018, and
 * the 2018 assessments. Then the rules a plan keeps, and who may read an internal one.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class ActionPlanTests {

	@LocalServerPort
	int port;

	private Api administrator;

	private Api anonymous;

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
		this.anonymous = this.administrator.anonymous();
	}

	private JsonNode diabetesPlan() {
		JsonNode found = this.anonymous.get("/api/v1/action-plans?q=type%202-diabetes").body().path("items");
		assertThat(found.size()).isEqualTo(1);
		return this.anonymous.get("/api/v1/action-plans/" + found.get(0).path("id").asLong()).body();
	}

	@Autowired
	PlanManagement plans;

	/**
	 * The editor pages change a plan by changing one part of the whole as stored; the
	 * rest must come back equal.
	 */
	@Test
	void aPlanStoredAgainFromWhatItShowsIsTheSamePlan() {
		ActionPlanView original = this.plans.plan(diabetesPlan().path("id").asLong());
		ActionPlanRequest again = ActionPlanRequest.of(original)
			.withBasics(new ActionPlanRequest(Fixtures.unique("Kopi af planen"), original.owner(), original.adoptedBy(),
					original.adoptedOn(), original.firstYear(), original.lastYear(), original.purpose(), false, null,
					null, null, null, null, null));

		ActionPlanView copy = this.plans.record(again, false);

		assertThat(copy.tracks()).isEqualTo(original.tracks());
		assertThat(copy.indicators()).isEqualTo(original.indicators());
		assertThat(copy.funding()).isEqualTo(original.funding());
		assertThat(copy.funding().warnings()).hasSize(2);
	}

	@Test
	void theFundingTableKeepsThePrintedTotalsAndFlagsThe2017And2019Ones() {
		JsonNode funding = diabetesPlan().path("funding");

		assertThat(texts(funding.path("columns"))).containsExactly("2017", "2018", "2019", "2020", "2021", "2022",
				"PERMANENT");
		Map<String, JsonNode> totals = new HashMap<>();
		funding.path("totals").forEach(t -> totals.put(t.path("column").asString(), t));
		assertThat(totals.get("2017").path("computed").asString()).isEqualTo("2300000.00");
		assertThat(totals.get("2017").path("stated").path("asWritten").asString()).isEqualTo("2,1 mio. kr.");
		assertThat(totals.get("2017").path("agrees").asBoolean()).isFalse();
		assertThat(totals.get("2018").path("computed").asString()).isEqualTo("2700000.00");
		assertThat(totals.get("2018").path("agrees").asBoolean()).isTrue();
		assertThat(totals.get("2019").path("computed").asString()).isEqualTo("8900000.00");
		assertThat(totals.get("2019").path("capital").asString()).isEqualTo("6800000.00");
		assertThat(totals.get("2019").path("agrees").asBoolean()).isFalse();
		assertThat(totals.get("2020").path("computed").asString()).isEqualTo("47900000.00");
		assertThat(totals.get("2021").path("agrees").asBoolean()).isTrue();
		assertThat(totals.get("2022").path("agrees").asBoolean()).isTrue();
		assertThat(totals.get("PERMANENT").path("operating").asString()).isEqualTo("1500000.00");
		assertThat(totals.get("PERMANENT").path("stated").isNull()).isTrue();
		List<String> flagged = new ArrayList<>();
		funding.path("warnings").forEach(w -> flagged.add(w.path("field").asString()));
		assertThat(flagged).containsExactly("funding.2017", "funding.2019");
	}

	@Test
	void theIndicatorsChangeFrom2017To2018IsComputedAndMarkedApproximate() {
		JsonNode indicator = diabetesPlan().path("indicators").get(0);
		JsonNode value2018 = indicator.path("values").get(1);

		assertThat(indicator.path("name").asString()).isEqualTo("Københavnere i forløb i Center for Diabetes");
		assertThat(value2018.path("period").asInt()).isEqualTo(2018);
		assertThat(value2018.path("value").decimalValue()).isEqualByComparingTo("1076");
		assertThat(value2018.path("change").decimalValue()).isEqualByComparingTo("215");
		assertThat(value2018.path("changePercent").decimalValue()).isEqualByComparingTo("25.0");
		assertThat(value2018.path("changeApproximate").asBoolean()).isTrue();
	}

	@Test
	void eachTrackHasIts2018AssessmentAndItsInitiativesTheirStatus() {
		JsonNode tracks = diabetesPlan().path("tracks");

		assertThat(tracks.size()).isEqualTo(3);
		assertThat(tracks.get(0).path("focusAreas").size()).isEqualTo(5);
		assertThat(tracks.get(0).path("assessments").get(0).path("progress").asString()).isEqualTo("GOOD_PROGRESS");
		assertThat(tracks.get(1).path("assessments").get(0).path("progress").asString()).isEqualTo("PARTLY_REACHED");
		assertThat(tracks.get(1).path("initiatives").get(3).path("statuses").get(0).path("status").asString())
			.isEqualTo("COMPLETED");
	}

	@Test
	void aPlanRefersOnlyToItsOwnPartsAndAnInternalPlanIsNotPublic() {
		Map<String, Object> plan = new HashMap<>(Map.of("name", Fixtures.unique("Intern plan"), "internal", true,
				"tracks",
				List.of(Map.of("no", 1, "title", "Spor", "initiatives", List.of(Map.of("no", 1, "title", "Indsats")))),
				"statuses", List.of(Map.of("initiativeNo", 2, "year", 2019, "status", "UNDER_WAY"))));

		Api.Response refused = this.administrator.post("/api/v1/action-plans", plan);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("plan-part-unknown");
		assertThat(refused.text("field")).isEqualTo("statuses[0].initiativeNo");
		assertThat(this.anonymous.post("/api/v1/action-plans", plan).status()).isEqualTo(401);

		plan.put("statuses", List.of(Map.of("initiativeNo", 1, "year", 2019, "status", "UNDER_WAY")));
		long id = this.administrator.post("/api/v1/action-plans", plan).id();
		assertThat(this.administrator.get("/api/v1/action-plans/" + id).status()).isEqualTo(200);
		assertThat(this.anonymous.get("/api/v1/action-plans/" + id).status()).isEqualTo(404);
		assertThat(this.anonymous.get("/api/v1/action-plans/" + id + "/history").status()).isEqualTo(404);
		assertThat(this.administrator.get("/api/v1/action-plans/" + id + "/history").body().path("items").size())
			.isEqualTo(1);
	}

	@Test
	void downloadingAnInternalPlansReportIsRecordedInItsHistory() throws Exception {
		long id = this.administrator
			.post("/api/v1/action-plans", Map.of("name", Fixtures.unique("Intern plan"), "internal", true))
			.id();
		SessionClient staff = new SessionClient();
		staff.signIn("http://localhost:" + this.port, "admin", TestDatabase.ADMIN_PASSWORD);

		assertThat(staff.get("http://localhost:" + this.port + "/plans/" + id + "/status-report.csv").statusCode())
			.isEqualTo(200);
		assertThat(Downloads.file(this.port, "/plans/" + id + "/status-report.csv").statusCode()).isEqualTo(404);

		JsonNode newest = this.administrator.get("/api/v1/action-plans/" + id + "/history").body().path("items").get(0);
		assertThat(newest.path("action").asString()).isEqualTo("exported-csv");
		assertThat(newest.path("actor").asString()).isEqualTo("admin");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}

}
