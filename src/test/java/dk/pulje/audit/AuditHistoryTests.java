package dk.pulje.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditHistoryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@Test
	void aChangeIsRecordedWithWhoWhenTheRequestAndTheValuesBeforeAndAfter() {
		Map<String, Object> request = this.fixtures.poolRequest();
		long pool = this.fixtures.pool(request);
		Map<String, Object> renamed = this.fixtures.poolRequest();
		renamed.put("announced", "oktober 2018");

		Api.Response change = this.api.put("/api/v1/pools/" + pool, renamed, "\"0\"");
		JsonNode history = this.api.anonymous().get("/api/v1/pools/" + pool + "/history").body();

		assertThat(history.path("totalItems").asLong()).isEqualTo(2);
		JsonNode newest = history.path("items").get(0);
		assertThat(newest.path("action").asString()).isEqualTo("changed");
		assertThat(newest.path("actor").asString()).isEqualTo("admin");
		assertThat(newest.path("requestId").asString()).isEqualTo(change.requestId());
		JsonNode name = change(newest, "name");
		assertThat(name.path("before").asString()).isEqualTo(request.get("name"));
		assertThat(name.path("after").asString()).isEqualTo(renamed.get("name"));
		assertThat(change(newest, "announced").path("after").path("asWritten").asString()).isEqualTo("oktober 2018");
		assertThat(history.path("items").get(1).path("action").asString()).isEqualTo("created");
	}

	@Test
	void everyStateTransitionOfAnApplicationIsInItsHistory() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.submitted(call, this.fixtures.organisation("751"), Map.of(2018, "1000.00"));
		this.fixtures.grantInFull(application);

		JsonNode history = this.api.get("/api/v1/applications/" + application + "/history").body();

		assertThat(history.path("items").findValuesAsString("action")).containsExactly("changed", "changed", "created");
		JsonNode decided = history.path("items").get(0);
		assertThat(change(decided, "status").path("before").asString()).isEqualTo("SUBMITTED");
		assertThat(change(decided, "status").path("after").asString()).isEqualTo("DECIDED");
		assertThat(change(decided, "grantedTotal").path("after").asString()).isEqualTo("1000.00");
		assertThat(change(history.path("items").get(1), "status").path("after").asString()).isEqualTo("SUBMITTED");
		assertThat(decided.path("changes").findValuesAsString("field")).containsExactlyInAnyOrder("status",
				"decisionOutcome", "decidedAt", "decisionRegisteredBy", "decisionRegisteredAt", "grantedYears",
				"grantedTotal");
	}

	@Test
	void theHistoryOfAConfidentialRecordIsAsConfidentialAsTheRecord() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.draft(call, this.fixtures.organisation("751"), Map.of(2018, "1.00"));

		assertThat(this.api.anonymous().get("/api/v1/applications/" + application + "/history").status())
			.isEqualTo(401);
		assertThat(this.api.get("/api/v1/applications/987654321/history").status()).isEqualTo(404);
	}

	@Test
	void aRecordThatWasNeverChangedHasAnEmptyHistory() {
		long aarhus = this.fixtures.organisation("751");

		Api.Response history = this.api.get("/api/v1/organisations/" + aarhus + "/history");

		assertThat(history.status()).isEqualTo(200);
		assertThat(history.body().path("items")).isEmpty();
	}

	@Test
	void aFailedLoginIsRecordedUnderTheNameTriedAndWithoutThePassword() {
		String name = Fixtures.unique("gaetter").replace(" ", "-");

		Api.Response refused = this.api.withWrongPassword(name).post("/api/v1/pools", this.fixtures.poolRequest());

		assertThat(refused.status()).isEqualTo(401);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where record_kind = 'login' and record_id = :name"
					+ " and action = 'login-failed' and before_state is null and after_state is null")
			.param("name", name)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static JsonNode change(JsonNode entry, String field) {
		for (JsonNode change : entry.path("changes")) {
			if (change.path("field").asString().equals(field)) {
				return change;
			}
		}
		throw new AssertionError("no change of " + field + " in " + entry);
	}

}
