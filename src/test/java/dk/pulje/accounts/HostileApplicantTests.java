package dk.pulje.accounts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicant A (of Aarhus Kommune) tries everything on applicant B's (Odense Kommune's)
 * application by guessing its id. Every attempt is refused, and the refusals say no more
 * than they would for an id that does not exist.
 */
@IntegrationTest
class HostileApplicantTests {

	@LocalServerPort
	int port;

	Api administrator;

	Fixtures fixtures;

	People.Person a;

	People.Person b;

	long callId;

	long odense;

	long bsApplication;

	String bsTitle;

	@BeforeEach
	void twoApplicantsAndAnApplicationOfB() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
		People people = new People(this.administrator);
		long aarhus = this.fixtures.organisation("751");
		this.odense = this.fixtures.organisation("461");
		this.a = people.open(Role.APPLICANT, List.of(aarhus));
		this.b = people.open(Role.APPLICANT, List.of(this.odense));
		LocalDateTime now = DanishTime.of(Instant.now()).toLocalDateTime().withNano(0);
		this.callId = this.fixtures.call(this.fixtures.pool(), "1000000.00", now.minusDays(1), now.plusDays(30));
		Map<String, Object> request = this.fixtures.applicationRequest(this.callId, this.odense, List.of(), "akut",
				Map.of(2018, "1000.00"));
		Api.Response drafted = this.b.api().post("/api/v1/applications", request);
		assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
		this.bsApplication = drafted.id();
		this.bsTitle = drafted.text("title");
	}

	@Test
	void aCannotReadChangeSubmitOrWithdrawBsApplication() {
		String path = "/api/v1/applications/" + this.bsApplication;
		Map<String, Object> takeover = this.fixtures.applicationRequest(this.callId, this.odense, List.of(), "akut",
				Map.of(2018, "999999.00"));

		List<Api.Response> attempts = List.of(this.a.api().get(path), this.a.api().put(path, takeover, "\"0\""),
				this.a.api().post(path + "/submit", Map.of()), this.a.api().post(path + "/withdraw", null));

		for (Api.Response attempt : attempts) {
			assertThat(attempt.status()).isEqualTo(404);
			assertThat(attempt.body().toString()).doesNotContain(this.bsTitle).doesNotContain("Odense");
		}
		Api.Response unchanged = this.b.api().get(path);
		assertThat(unchanged.text("status")).isEqualTo("DRAFT");
		assertThat(unchanged.text("requestedTotal")).isEqualTo("1000.00");
	}

	@Test
	void aRefusalForBsApplicationReadsLikeOneForAnIdThatDoesNotExist() {
		Api.Response guessed = this.a.api().get("/api/v1/applications/" + this.bsApplication);
		Api.Response missing = this.a.api().get("/api/v1/applications/987654321");

		assertThat(guessed.status()).isEqualTo(missing.status());
		assertThat(guessed.text("title")).isEqualTo(missing.text("title"));
		assertThat(guessed.text("detail").replace(String.valueOf(this.bsApplication), "ID"))
			.isEqualTo(missing.text("detail").replace("987654321", "ID"));
	}

	@Test
	void aSeesNeitherBsApplicationInListsNorInTheirCounts() {
		Api.Response byCall = this.a.api().get("/api/v1/applications?callId=" + this.callId);
		Api.Response byOrganisation = this.a.api().get("/api/v1/applications?organisationId=" + this.odense);
		Api.Response everything = this.a.api().get("/api/v1/applications?size=200");

		assertThat(byCall.body().path("totalItems").asLong()).isZero();
		assertThat(byOrganisation.body().path("totalItems").asLong()).isZero();
		assertThat(everything.body().path("items").findValuesAsString("title")).doesNotContain(this.bsTitle);
		assertThat(this.b.api().get("/api/v1/applications?callId=" + this.callId).body().path("totalItems").asLong())
			.isEqualTo(1);
	}

	@Test
	void aCannotApplyInBsNameNorDecideNorReadTheHistoryThatBReads() {
		Map<String, Object> inBsName = this.fixtures.applicationRequest(this.callId, this.odense, List.of(), "akut",
				Map.of(2018, "1.00"));

		Api.Response impersonation = this.a.api().post("/api/v1/applications", inBsName);
		Api.Response decision = this.a.api()
			.post("/api/v1/applications/" + this.bsApplication + "/decision", Map.of("outcome", "REJECTED"));
		Api.Response history = this.a.api().get("/api/v1/applications/" + this.bsApplication + "/history");

		assertThat(impersonation.status()).isEqualTo(422);
		assertThat(impersonation.text("rule")).isEqualTo("organisation-not-yours");
		assertThat(decision.status()).isEqualTo(403);
		assertThat(history.status()).isEqualTo(404);
		assertThat(this.b.api()
			.get("/api/v1/applications/" + this.bsApplication + "/history")
			.body()
			.path("items")
			.findValuesAsString("action")).containsExactly("created");
	}

	@Test
	void anApplicantWorksOnItsOwnApplicationFromDraftToSubmission() {
		Api.Response submitted = this.b.api().post("/api/v1/applications/" + this.bsApplication + "/submit", Map.of());

		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
	}

}
