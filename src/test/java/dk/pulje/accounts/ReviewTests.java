package dk.pulje.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker assigns a submitted application to two reviewers. Each sees and scores
 * only what is assigned to it; one declares a conflict of interest and from then on sees
 * the application no more.
 */
@IntegrationTest
class ReviewTests {

	@LocalServerPort
	int port;

	Api administrator;

	Fixtures fixtures;

	People.Person caseworker;

	People.Person first;

	People.Person second;

	long application;

	long unassigned;

	@BeforeEach
	void aSubmittedApplicationAndTwoReviewers() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
		People people = new People(this.administrator);
		this.caseworker = people.open(Role.CASEWORKER, List.of());
		this.first = people.open(Role.REVIEWER, List.of());
		this.second = people.open(Role.REVIEWER, List.of());
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long aarhus = this.fixtures.organisation("751");
		this.application = this.fixtures.submitted(call, aarhus, Map.of(2018, "1000.00"));
		this.unassigned = this.fixtures.submitted(call, aarhus, Map.of(2018, "2000.00"));
	}

	private long assign(People.Person reviewer) {
		Api.Response assigned = this.caseworker.api()
			.post("/api/v1/applications/" + this.application + "/reviews", Map.of("reviewer", reviewer.username()));
		assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(201);
		return assigned.id();
	}

	@Test
	void aReviewerReadsAndScoresOnlyWhatIsAssignedToIt() {
		long review = assign(this.first);

		Api.Response scored = this.first.api()
			.post("/api/v1/reviews/" + review + "/score", Map.of("score", 4, "comment", "Klart formål."));

		assertThat(this.first.api().get("/api/v1/applications/" + this.application).status()).isEqualTo(200);
		assertThat(this.first.api().get("/api/v1/applications/" + this.unassigned).status()).isEqualTo(404);
		assertThat(this.first.api().get("/api/v1/applications/" + this.application + "/history").status())
			.isEqualTo(200);
		assertThat(this.first.api().get("/api/v1/applications/" + this.unassigned + "/history").status())
			.isEqualTo(404);
		assertThat(this.first.api().get("/api/v1/applications").status()).isEqualTo(403);
		assertThat(scored.body().path("score").asInt()).isEqualTo(4);
		assertThat(this.second.api().get("/api/v1/reviews/" + review).status()).isEqualTo(404);
		assertThat(this.second.api().post("/api/v1/reviews/" + review + "/score", Map.of("score", 1)).status())
			.isEqualTo(404);
		assertThat(this.second.api().get("/api/v1/reviews").body()).isEmpty();
		assertThat(this.caseworker.api()
			.get("/api/v1/reviews?applicationId=" + this.application)
			.body()
			.findValuesAsString("reviewer")).containsExactly(this.first.username());
	}

	@Test
	void aReviewerWithAConflictOfInterestSeesTheApplicationNoMore() {
		long review = assign(this.second);

		Api.Response declared = this.second.api()
			.post("/api/v1/reviews/" + review + "/conflict", Map.of("reason", "Min ægtefælle leder projektet."));
		Api.Response scoredAfter = this.second.api().post("/api/v1/reviews/" + review + "/score", Map.of("score", 5));

		assertThat(declared.text("conflictReason")).isEqualTo("Min ægtefælle leder projektet.");
		assertThat(this.second.api().get("/api/v1/applications/" + this.application).status()).isEqualTo(404);
		assertThat(scoredAfter.status()).isEqualTo(422);
		assertThat(scoredAfter.text("rule")).isEqualTo("review-conflict-declared");
	}

	@Test
	void onlyReviewersCanBeAssignedAndEachOnlyOnce() {
		assign(this.first);

		Api.Response again = this.caseworker.api()
			.post("/api/v1/applications/" + this.application + "/reviews", Map.of("reviewer", this.first.username()));
		Api.Response notAReviewer = this.caseworker.api()
			.post("/api/v1/applications/" + this.application + "/reviews",
					Map.of("reviewer", this.caseworker.username()));
		Api.Response byReviewer = this.first.api()
			.post("/api/v1/applications/" + this.application + "/reviews", Map.of("reviewer", this.second.username()));

		assertThat(again.text("rule")).isEqualTo("reviewer-already-assigned");
		assertThat(notAReviewer.text("rule")).isEqualTo("reviewer-unknown");
		assertThat(byReviewer.status()).isEqualTo(403);
	}

	@Test
	void aScoreIsFromOneToFive() {
		long review = assign(this.first);

		Api.Response refused = this.first.api().post("/api/v1/reviews/" + review + "/score", Map.of("score", 6));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("score");
	}

}
