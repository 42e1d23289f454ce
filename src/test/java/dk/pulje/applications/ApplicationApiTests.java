package dk.pulje.applications;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.TestClock;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	Api api;

	Fixtures fixtures;

	long aarhus;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
		this.aarhus = this.fixtures.organisation("751");
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void anApplicantDraftsAndSubmitsWhileTheCallIsOpen() {
		long pool = this.fixtures.pool();
		LocalDateTime deadline = LocalDateTime.of(2030, 6, 8, 12, 0);
		long call = this.fixtures.call(pool, "50800000.00", LocalDateTime.of(2030, 3, 1, 9, 0), deadline);
		long application = this.fixtures.draft(call, this.aarhus, Map.of(2018, "1000000.00", 2019, "500000.50"));
		this.clock.set(DanishTime.at(deadline).toInstant());

		Api.Response submitted = this.fixtures.submit(application, null);

		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(submitted.text("submittedAt")).isEqualTo("2030-06-08T12:00:00+02:00");
		assertThat(submitted.text("requestedTotal")).isEqualTo("1500000.50");
	}

	@Test
	void aSubmissionOneSecondAfterTheDeadlineIsRefusedAndTheDraftStays() {
		long pool = this.fixtures.pool();
		LocalDateTime deadline = LocalDateTime.of(2030, 6, 8, 12, 0);
		long call = this.fixtures.call(pool, "50800000.00", LocalDateTime.of(2030, 3, 1, 9, 0), deadline);
		long application = this.fixtures.draft(call, this.aarhus, Map.of(2018, "1000000.00"));
		this.clock.set(DanishTime.at(deadline).toInstant().plusSeconds(1));

		Api.Response late = this.fixtures.submit(application, null);

		assertThat(late.status()).isEqualTo(422);
		assertThat(late.text("rule")).isEqualTo("call-not-open");
		assertThat(late.text("field")).isEqualTo("callId");
		assertThat(late.text("detail")).contains("til 8. juni 2030 kl. 12.00 (dansk tid)",
				"kom 8. juni 2030 kl. 12.00.01");
		assertThat(this.api.get("/api/v1/applications/" + application).text("status")).isEqualTo("DRAFT");
	}

	@Test
	void aSubmissionRegisteredAsReceivedOneSecondLateIsRefused() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.draft(call, this.aarhus, Map.of(2018, "1000.00"));

		Api.Response late = this.fixtures.submit(application, Fixtures.DEADLINE_2017.plusSeconds(1));
		Api.Response inTime = this.fixtures.submit(application, Fixtures.DEADLINE_2017);

		assertThat(late.status()).isEqualTo(422);
		assertThat(inTime.status()).isEqualTo(200);
	}

	@Test
	void aMunicipalityApplyingToARegionsOnlyPoolIsRefusedNamingTheRule() {
		Map<String, Object> regionsOnly = this.fixtures.poolRequest();
		regionsOnly.put("eligibleTypes", List.of("REGION"));
		long call = this.fixtures.closedCall(this.fixtures.pool(regionsOnly), "1000000.00");
		long application = this.fixtures.draft(call, this.aarhus, Map.of(2018, "1000.00"));

		Api.Response refused = this.api.inEnglish()
			.post("/api/v1/applications/" + application + "/submit",
					Map.of("receivedAt", Fixtures.DEADLINE_2017.minusDays(1).toString()));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("organisation-not-eligible");
		assertThat(refused.text("field")).isEqualTo("leadOrganisationId");
		assertThat(refused.text("detail")).isEqualTo("Aarhus Kommune may not apply to \""
				+ this.api.get("/api/v1/pools/" + this.api.get("/api/v1/calls/" + call).body().path("poolId").asLong())
					.text("name")
				+ "\": the pool is not open to municipalities.");
	}

	@Test
	void aGrantCreatesAProjectWhoseFinalReportIsDueThreeMonthsAfterItsPeriod() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "200000000.00");
		long application = this.fixtures.submitted(call, this.aarhus, Map.of(2018, "12800000", 2019, "12800000"));

		Api.Response decided = this.fixtures.grantInFull(application);
		Api.Response projects = this.api.anonymous().get("/api/v1/granted-projects?callId=" + call);

		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.body().path("decision").path("grantedTotal").asString()).isEqualTo("25600000.00");
		assertThat(projects.body().path("items")).hasSize(1);
		var project = projects.body().path("items").get(0);
		assertThat(project.path("organisationName").asString()).isEqualTo("Aarhus Kommune");
		assertThat(project.path("grantedText").asString()).isEqualTo("25,6 mio. kr.");
		assertThat(project.path("nextReportDue").asString()).isEqualTo("2021-03-31");
		Api.Response full = this.api.get("/api/v1/granted-projects/" + project.path("id").asLong());
		assertThat(full.body().path("obligations").get(0).path("auditedAccounts").asBoolean()).isTrue();
	}

	@Test
	void aGrantThatWouldExceedTheCallByOneOreIsRefusedAndNothingChanges() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long first = this.fixtures.submitted(call, this.aarhus, Map.of(2018, "600000.00"));
		long second = this.fixtures.submitted(call, this.aarhus, Map.of(2018, "400000.01"));
		this.fixtures.grantInFull(first);

		Api.Response refused = this.fixtures.grantInFull(second);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("over-allocation");
		assertThat(this.api.get("/api/v1/applications/" + second).text("status")).isEqualTo("SUBMITTED");
		assertThat(this.api.get("/api/v1/calls/" + call).text("granted")).isEqualTo("600000.00");
		assertThat(this.api.get("/api/v1/granted-projects?callId=" + call).body().path("totalItems").asLong())
			.isEqualTo(1);
	}

	@Test
	void aPartialGrantAboveWhatWasAskedIsRefused() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.submitted(call, this.aarhus, Map.of(2018, "100000.00"));

		Api.Response refused = this.api.post("/api/v1/applications/" + application + "/decision",
				Map.of("outcome", "GRANTED_IN_PART", "grantedByYear", Map.of("2018", "100000.01")));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("grantedByYear.2018");
	}

	@Test
	void whatACallLeavesIsRePostedAsANewCall() {
		// Seed 001: 200 mio. kr. offered, 149,2 mio. kr. granted, 50,8 mio. kr. re-posted
		// with deadline 8 June 2018.
		long pool = this.fixtures.pool();
		long call = this.fixtures.closedCall(pool, "200000000.00");
		this.fixtures
			.grantInFull(this.fixtures.submitted(call, this.aarhus, Map.of(2018, "74600000", 2019, "74600000")));

		Api.Response early = this.api.post("/api/v1/calls/" + call + "/repost",
				Map.of("opensAt", "2018-03-01T09:00", "deadline", "2018-06-08T12:00"));
		Api.Response allocated = this.api.post("/api/v1/calls/" + call + "/complete-allocation", null);
		Api.Response repost = this.api.post("/api/v1/calls/" + call + "/repost",
				Map.of("opensAt", "2018-03-01T09:00", "deadline", "2018-06-08T12:00"));
		Api.Response again = this.api.post("/api/v1/calls/" + call + "/repost",
				Map.of("amount", "0.01", "opensAt", "2018-03-01T09:00", "deadline", "2018-06-08T12:00"));

		assertThat(early.text("rule")).isEqualTo("repost-before-allocation");
		assertThat(allocated.text("left")).isEqualTo("50800000.00");
		assertThat(repost.status()).isEqualTo(201);
		assertThat(repost.text("amount")).isEqualTo("50800000.00");
		assertThat(repost.text("amountText")).isEqualTo("50,8 mio. kr.");
		assertThat(repost.text("kind")).isEqualTo("REPOST");
		assertThat(repost.body().path("repostedFromId").asLong()).isEqualTo(call);
		assertThat(repost.text("deadline")).isEqualTo("2018-06-08T12:00:00+02:00");
		assertThat(again.text("rule")).isEqualTo("repost-exceeds-left");
		Api.Response poolView = this.api.get("/api/v1/pools/" + pool);
		assertThat(poolView.text("granted")).isEqualTo("149200000.00");
		assertThat(poolView.text("left")).isEqualTo("50800000.00");
	}

	@Test
	void anApplicationCanBeWithdrawnUntilItIsDecided() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.submitted(call, this.aarhus, Map.of(2018, "1000.00"));

		Api.Response withdrawn = this.api.post("/api/v1/applications/" + application + "/withdraw", null, "\"1\"");
		Api.Response decided = this.fixtures.grantInFull(application);

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
		assertThat(decided.status()).isEqualTo(422);
		assertThat(decided.text("rule")).isEqualTo("application-not-submitted");
	}

	@Test
	void applicationsAreNotPublicUntilAccountsDecideWhoSeesWhat() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long application = this.fixtures.draft(call, this.aarhus, Map.of(2018, "1000.00"));

		assertThat(this.api.anonymous().get("/api/v1/applications/" + application).status()).isEqualTo(401);
		assertThat(this.api.anonymous().get("/api/v1/applications").status()).isEqualTo(401);
	}

	@Test
	void listsTheApplicationsOfACallWithSumsFromTheDatabase() {
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		this.fixtures.submitted(call, this.aarhus, Map.of(2018, "1000.00", 2019, "0.50"));
		this.fixtures.draft(call, this.aarhus, Map.of(2018, "1.00"));

		Api.Response submitted = this.api.get("/api/v1/applications?callId=" + call + "&status=SUBMITTED");

		assertThat(submitted.body().path("totalItems").asLong()).isEqualTo(1);
		assertThat(submitted.body().path("items").get(0).path("requestedTotal").asString()).isEqualTo("1000.50");
	}

	@Test
	void anUnknownCallOrOrganisationIsNamedAsTheWrongField() {
		Api.Response unknownCall = this.api.post("/api/v1/applications",
				this.fixtures.applicationRequest(987654321L, this.aarhus, List.of(), "akut", Map.of(2018, "1.00")));
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		Api.Response unknownPartner = this.api.post("/api/v1/applications",
				this.fixtures.applicationRequest(call, this.aarhus, List.of(987654321L), "akut", Map.of(2018, "1.00")));

		assertThat(unknownCall.status()).isEqualTo(422);
		assertThat(unknownCall.text("field")).isEqualTo("callId");
		assertThat(unknownPartner.text("field")).isEqualTo("partnerOrganisationIds");
	}

}
