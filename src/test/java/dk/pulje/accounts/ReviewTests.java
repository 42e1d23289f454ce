package dk.pulje.accounts;

import java.util.HashMap;
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
		assertThat(scored.body().path("weightedScore").decimalValue()).isEqualByComparingTo("4");
		assertThat(scored.body().path("submittedAt").isNull()).isFalse();
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
	void aReviewIsScoredCriterionByCriterionAsADraftAndSubmittedOnceAllAreScored() {
		Map<String, Object> pool = new HashMap<>(this.fixtures.poolRequest());
		pool.put("criteria",
				List.of(Map.of("name", "Kvalitet og faglighed", "weight", 50, "scaleMin", 1, "scaleMax", 5),
						Map.of("name", "Forankring efter projektperioden", "weight", 30, "scaleMin", 1, "scaleMax", 5),
						Map.of("name", "Økonomi", "weight", 20, "scaleMin", 0, "scaleMax", 10)));
		long call = this.fixtures.closedCall(this.fixtures.pool(pool), "1000000.00");
		long application = this.fixtures.submitted(call, this.fixtures.organisation("461"), Map.of(2018, "1000.00"));
		long review = this.caseworker.api()
			.post("/api/v1/applications/" + application + "/reviews", Map.of("reviewer", this.first.username()))
			.id();
		String path = "/api/v1/reviews/" + review;

		Api.Response draft = this.first.api()
			.put(path + "/scores", Map.of("scores", List.of(Map.of("criterion", 1, "score", 4, "comment", "Solidt."),
					Map.of("criterion", 3, "score", 7))), "0");
		Api.Response early = this.first.api().post(path + "/submit", Map.of(), "1");
		Api.Response offScale = this.first.api()
			.put(path + "/scores", Map.of("scores", List.of(Map.of("criterion", 2, "score", 6))), "1");
		Api.Response rest = this.first.api()
			.put(path + "/scores", Map.of("scores", List.of(Map.of("criterion", 2, "score", 3))), "1");
		Api.Response submitted = this.first.api().post(path + "/submit", Map.of(), "2");
		Api.Response afterwards = this.first.api()
			.put(path + "/scores", Map.of("scores", List.of(Map.of("criterion", 2, "score", 5))), "3");
		Api.Response overall = this.first.api().post(path + "/score", Map.of("score", 3));

		assertThat(draft.status()).as(draft.body().toString()).isEqualTo(200);
		assertThat(draft.body().path("weightedScore").isNull()).as("not every criterion is scored").isTrue();
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.body().path("errors").get(0).path("field").asString()).isEqualTo("scores[1].score");
		assertThat(offScale.status()).isEqualTo(422);
		assertThat(offScale.body().path("errors").get(0).path("field").asString()).isEqualTo("scores[0].score");
		assertThat(rest.status()).isEqualTo(200);
		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		// (50 × 4 + 30 × 3 + 20 × 7) / 100
		assertThat(submitted.body().path("weightedScore").decimalValue()).isEqualByComparingTo("4.30");
		assertThat(afterwards.text("rule")).isEqualTo("review-submitted");
		assertThat(overall.text("rule")).as("three criteria are not one overall score")
			.isEqualTo("review-score-by-criterion");
	}

	@Test
	void aScoreIsFromOneToFive() {
		long review = assign(this.first);

		Api.Response refused = this.first.api().post("/api/v1/reviews/" + review + "/score", Map.of("score", 6));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("score");
	}

}
