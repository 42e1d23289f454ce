package dk.pulje.reviewing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.StaffPages.filledIn;
import static dk.pulje.StaffPages.page;
import static dk.pulje.StaffPages.redirect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker gives an application to a reviewer on the application's page; the reviewer
 * finds it on its list, reads it beside the pool's criteria, saves a draft, is told which
 * criterion is still unscored, and submits; another reviewer never reaches it, and one
 * who declares a conflict sees it no more.
 */
@IntegrationTest
class ReviewPagesTests {

	@LocalServerPort
	int port;

	StaffPages caseworker;

	People.Person reviewer;

	People.Person other;

	long application;

	@BeforeEach
	void aSubmittedApplicationOfAPoolWithTwoCriteria() {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		Map<String, Object> pool = new HashMap<>(fixtures.poolRequest());
		pool.put("criteria",
				List.of(Map.of("name", "Kvalitet og faglighed", "weight", 60, "scaleMin", 1, "scaleMax", 5),
						Map.of("name", "Forankring", "weight", 40, "scaleMin", 1, "scaleMax", 5)));
		long call = fixtures.closedCall(fixtures.pool(pool), "1000000.00");
		this.application = fixtures.submitted(call, fixtures.organisation("751"), Map.of(2018, "500000.00"));
		People people = new People(administrator);
		this.reviewer = people.open(Role.REVIEWER, List.of());
		this.other = people.open(Role.REVIEWER, List.of());
		this.caseworker = StaffPages.caseworker(this.port);
	}

	private String assign(People.Person person) {
		return redirect(this.caseworker.post("/casework/applications/" + this.application + "/reviews", "reviewer",
				person.username()));
	}

	private static String reviewPath(StaffPages pages) {
		return pages.get("/reviews").select("#assignments a").attr("href").replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void aReviewerScoresTheCriteriaAsADraftAndSubmitsOnceAllAreScored() {
		assertThat(assign(this.reviewer)).endsWith("?assigned#reviews");
		StaffPages pages = StaffPages.signedIn(this.port, this.reviewer);
		String review = reviewPath(pages);
		Document form = pages.get(review);
		assertThat(form.select("legend").eachText()).contains("Kvalitet og faglighed (1 til 5, vægt 60)",
				"Forankring (1 til 5, vægt 40)");

		String saved = redirect(pages.post(review,
				filledIn(form, "scores[0].score", "4", "scores[0].comment", "Tydelige mål og en realistisk plan.")));
		Document incomplete = page(pages.post(review, filledIn(pages.get(saved), "submit", "yes")));
		String submitted = redirect(
				pages.post(review, filledIn(pages.get(review), "scores[1].score", "2", "submit", "yes")));

		assertThat(saved).endsWith("?saved");
		assertThat(incomplete.select(".error-summary a").eachAttr("href")).containsExactly("#scores-1-score");
		// (60 × 4 + 40 × 2) / 100
		assertThat(pages.get(submitted).getElementById("submitted").text()).contains("3,2");
		assertThat(this.caseworker.get("/casework/applications/" + this.application).getElementById("reviews").text())
			.contains(this.reviewer.username(), "Indsendt", "3,2");
	}

	@Test
	void anotherReviewerNeverReachesTheReviewAndAConflictSetsItAside() {
		assign(this.reviewer);
		StaffPages pages = StaffPages.signedIn(this.port, this.reviewer);
		String review = reviewPath(pages);
		StaffPages others = StaffPages.signedIn(this.port, this.other);

		String declared = redirect(
				pages.post(review + "/conflict", "reason", "Jeg har rådgivet kommunen om projektet."));

		assertThat(others.get("/reviews").getElementById("assignments")).isNull();
		assertThat(others.post(review, "scores[0].score", "5").statusCode()).isEqualTo(404);
		assertThat(declared).isEqualTo("/reviews?conflict");
		assertThat(pages.get("/reviews").getElementById("assignments").text()).contains("Inhabilitet erklæret");
		assertThat(pages.get("/reviews").select("#assignments a")).isEmpty();
		assertThat(this.caseworker.get("/casework/applications/" + this.application).getElementById("reviews").text())
			.contains("Inhabil: Jeg har rådgivet kommunen om projektet.");
	}

	@Test
	void onlyAReviewerCanBeAssignedAndTheProblemIsNamedAtTheField() {
		Document refused = page(this.caseworker.post("/casework/applications/" + this.application + "/reviews",
				"reviewer", "ingen-saadan"));

		assertThat(refused.getElementById("reviewer-error").text()).isNotBlank();
	}

}
