package dk.pulje.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call of 1.000.000 kr. with four applications and three reviewers, scored against two
 * criteria of equal weight with a lowest score of 2,5: one reviewer declares a conflict
 * and another is assigned in its place, one review is left a draft. The caseworker's
 * overview ranks the applications by the mean of their submitted reviews, shows the
 * spread and the reviews done, and draws the funding line where the running total of what
 * they ask for first passes the offer; the one below the lowest score is never counted.
 */
@IntegrationTest
class AssessmentPagesTests {

	@LocalServerPort
	int port;

	Api caseworker;

	Fixtures fixtures;

	People.Person first;

	People.Person second;

	People.Person third;

	long call;

	@BeforeEach
	void aCallWithTwoEquallyWeightedCriteria() {
		this.caseworker = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.caseworker);
		Map<String, Object> pool = new HashMap<>(this.fixtures.poolRequest());
		pool.put("criteria", List.of(Map.of("name", "Kvalitet", "weight", 50, "scaleMin", 1, "scaleMax", 5),
				Map.of("name", "Forankring", "weight", 50, "scaleMin", 1, "scaleMax", 5)));
		pool.put("minimumScore", "2.5");
		this.call = this.fixtures.closedCall(this.fixtures.pool(pool), "1000000.00");
		People people = new People(this.caseworker);
		this.first = people.open(Role.REVIEWER, List.of());
		this.second = people.open(Role.REVIEWER, List.of());
		this.third = people.open(Role.REVIEWER, List.of());
	}

	private long apply(String municipality, String asked) {
		return this.fixtures.submitted(this.call, this.fixtures.organisation(municipality), Map.of(2018, asked));
	}

	private long assign(long application, People.Person reviewer) {
		Api.Response assigned = this.caseworker.post("/api/v1/applications/" + application + "/reviews",
				Map.of("reviewer", reviewer.username()));
		assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(201);
		return assigned.id();
	}

	/** Scores both criteria; submits the review when {@code submit}. */
	private void score(People.Person reviewer, long review, int quality, Integer anchoring, boolean submit) {
		List<Map<String, Object>> scores = new ArrayList<>();
		scores.add(Map.of("criterion", 1, "score", quality));
		if (anchoring != null) {
			scores.add(Map.of("criterion", 2, "score", anchoring));
		}
		Api.Response saved = reviewer.api()
			.put("/api/v1/reviews/" + review + "/scores", Map.of("scores", scores), null);
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
		if (submit) {
			Api.Response submitted = reviewer.api().post("/api/v1/reviews/" + review + "/submit", Map.of(), null);
			assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		}
	}

	private static String cell(Element row, int column) {
		return row.select("td").get(column).text();
	}

	@Test
	void theApplicationsAreRankedByScoreAndTheFundingLineFallsWhereTheOfferRunsOut() {
		long a = apply("751", "400000.00");
		long b = apply("461", "500000.00");
		long c = apply("101", "300000.00");
		long d = apply("851", "200000.00");
		score(this.first, assign(a, this.first), 5, 5, true);
		score(this.second, assign(a, this.second), 4, 4, true);
		score(this.first, assign(b, this.first), 4, 4, true);
		long conflicted = assign(b, this.second);
		this.second.api()
			.post("/api/v1/reviews/" + conflicted + "/conflict", Map.of("reason", "Tidligere ansat i kommunen."));
		score(this.third, assign(b, this.third), 3, 3, true);
		score(this.first, assign(c, this.first), 4, 3, true);
		score(this.second, assign(c, this.second), 5, null, false);
		score(this.first, assign(d, this.first), 2, 2, true);

		Document page = StaffPages.caseworker(this.port).get("/casework/calls/" + this.call + "/assessment");

		List<Element> rows = page.select("#assessment tbody tr");
		assertThat(rows).extracting(row -> row.select("a").attr("href").replaceAll(".*/", ""))
			.as("by score; a tie goes to the smaller amount asked")
			.containsExactly(String.valueOf(a), String.valueOf(c), String.valueOf(b), String.valueOf(d));
		// a: (5 + 4) / 2, spread 5 - 4
		assertThat(cell(rows.get(0), 2)).isEqualTo("4,50");
		assertThat(cell(rows.get(0), 3)).isEqualTo("1");
		// c: only the submitted review counts, (4 + 3) / 2
		assertThat(cell(rows.get(1), 2)).isEqualTo("3,50");
		assertThat(cell(rows.get(1), 4)).isEqualTo("1 af 2 indsendt");
		assertThat(cell(rows.get(2), 4)).isEqualTo("2 af 2 indsendt, én inhabil");
		assertThat(cell(rows.get(1), 6)).isEqualTo("700.000 kr.");
		assertThat(rows.get(1).hasClass("within-offer")).isTrue();
		assertThat(cell(rows.get(2), 6)).isEqualTo("1.200.000 kr.");
		assertThat(cell(rows.get(2), 7)).contains("Under finansieringsstregen");
		assertThat(cell(rows.get(3), 6)).as("below the lowest score, never counted").isEmpty();
		assertThat(cell(rows.get(3), 7)).contains("Under mindstescoren");
		assertThat(page.getElementById("offer").text()).contains("1.000.000 kr.", "de første 2 ansøgninger",
				"700.000 kr.");
		Document byAmount = StaffPages.caseworker(this.port)
			.get("/casework/calls/" + this.call + "/assessment?sort=asked");
		assertThat(cell(byAmount.select("#assessment tbody tr").get(0), 0)).as("the rank stays the score's")
			.isEqualTo("3");
	}

}
