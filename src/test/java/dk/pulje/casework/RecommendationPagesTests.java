package dk.pulje.casework;

import java.time.Instant;
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
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommendation list on pages, as a hostile or hurried user meets it: a rejection
 * without its reason, an amount or a year that cannot be read, a list submitted with an
 * application left out, a change without its reason, a page gone stale, and a list of a
 * pool someone else decides. Each is named at its field, and nothing is stored.
 */
@IntegrationTest
class RecommendationPagesTests {

	@LocalServerPort
	int port;

	Api administrator;

	Fixtures fixtures;

	People people;

	StaffPages caseworker;

	@BeforeEach
	void signIn() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
		this.people = new People(this.administrator);
		this.caseworker = StaffPages.caseworker(this.port);
	}

	private long call(String decidedBy) {
		Map<String, Object> request = new HashMap<>(this.fixtures.poolRequest());
		request.put("decidedBy", decidedBy);
		return this.fixtures.closedCall(this.fixtures.pool(request), "1000000.00");
	}

	private long application(long call, String amount) {
		return this.fixtures.submitted(call, this.fixtures.organisation("751"), Map.of(2018, amount));
	}

	private Document recommend(long application, String... namesAndValues) {
		Document form = this.caseworker.get("/casework/applications/" + application + "/recommendation");
		return StaffPages.page(this.caseworker.post("/casework/applications/" + application + "/recommendation",
				StaffPages.filledIn(form, namesAndValues)));
	}

	private String recommendations(long call) {
		return this.administrator.get("/api/v1/calls/" + call + "/recommendations").body().toString();
	}

	@Test
	void aRecommendationThatCannotBeReadIsNamedAtItsFieldAndNothingIsStored() {
		long call = call("CASEWORKER");
		long application = application(call, "600000.00");

		Document noReason = recommend(application, "outcome", "REJECTED", "reason", "");
		Document badAmount = recommend(application, "outcome", "GRANTED_IN_PART", "granted[2018]", "en halv million");
		Document badYear = recommend(application, "outcome", "GRANTED_IN_FULL", "conditional", "næste år");
		Document pastYear = recommend(application, "outcome", "GRANTED_IN_FULL", "conditional", "2018");
		Document noOutcome = recommend(application, "outcome", "IKKE_EN_AFGØRELSE");

		assertThat(noReason.getElementById("reason-error")).isNotNull();
		assertThat(badAmount.getElementById("granted-2018-error")).isNotNull();
		assertThat(badYear.getElementById("conditional-error")).isNotNull();
		assertThat(pastYear.getElementById("conditional-error").text()).contains("2018");
		assertThat(noOutcome.getElementById("outcome-error")).isNotNull();
		assertThat(recommendations(call)).doesNotContain("\"recommended\":{");
	}

	@Test
	void aListWithAnApplicationLeftOutIsNotSubmittedAndTheApplicationIsNamed() {
		long call = call("CASEWORKER");
		long recommended = application(call, "600000.00");
		long leftOut = application(call, "300000.00");
		StaffPages.redirect(this.caseworker.post("/casework/applications/" + recommended + "/recommendation",
				StaffPages.filledIn(this.caseworker.get("/casework/applications/" + recommended + "/recommendation"),
						"outcome", "GRANTED_IN_FULL")));
		Document list = this.caseworker.get("/casework/calls/" + call + "/recommendation");

		Document refused = StaffPages.page(
				this.caseworker.post("/casework/calls/" + call + "/recommendation/submit", StaffPages.filledIn(list)));
		Document stale = StaffPages
			.page(this.caseworker.post("/casework/calls/" + call + "/recommendation/submit", "version", "99"));

		assertThat(refused.select(".error-summary a[href=#item-" + leftOut + "]")).hasSize(1);
		assertThat(refused.getElementById("list-missing").text()).contains("1 ansøgning");
		assertThat(stale.getElementById("recommendation-list-error").text()).contains("ændret af en anden");
		assertThat(this.administrator.get("/api/v1/calls/" + call + "/recommendations").text("status"))
			.isEqualTo("DRAFT");
	}

	@Test
	void theDecisionMakerChangesAnItemOnlyWithAReasonAndReachesOnlyTheListsItDecides() {
		long call = call("DECISION_MAKER");
		long elsewhere = call("CASEWORKER");
		long application = application(call, "600000.00");
		long other = application(elsewhere, "600000.00");
		for (long[] listed : new long[][] { { call, application }, { elsewhere, other } }) {
			this.caseworker.post("/casework/applications/" + listed[1] + "/recommendation",
					StaffPages.filledIn(this.caseworker.get("/casework/applications/" + listed[1] + "/recommendation"),
							"outcome", "GRANTED_IN_FULL"));
			this.caseworker.post("/casework/calls/" + listed[0] + "/recommendation/submit",
					StaffPages.filledIn(this.caseworker.get("/casework/calls/" + listed[0] + "/recommendation")));
		}
		StaffPages decisionMaker = StaffPages.signedIn(this.port, this.people.open(Role.DECISION_MAKER, List.of()));
		String path = "/decisions/" + call + "/applications/" + application;

		Document noReason = StaffPages.page(decisionMaker.post(path, StaffPages.filledIn(decisionMaker.get(path),
				"outcome", "GRANTED_IN_PART", "granted[2018]", "300.000")));
		int otherPool = decisionMaker.status("/decisions/" + elsewhere);
		int otherLetters = decisionMaker.status("/decisions/" + elsewhere + "/letters.zip");
		Document lists = decisionMaker.get("/decisions");

		assertThat(noReason.getElementById("reason-error").text()).contains("hvorfor");
		assertThat(recommendations(call)).contains("\"change\":null");
		assertThat(otherPool).isEqualTo(404);
		assertThat(otherLetters).isEqualTo(404);
		assertThat(lists.select("#lists a[href=/decisions/" + call + "]")).hasSize(1);
		assertThat(lists.select("#lists a[href=/decisions/" + elsewhere + "]")).isEmpty();
	}

	@Test
	void aCaseworkerWhoRecommendedIsToldOnThePageThatSomeoneElseMustDecide() {
		long call = call("CASEWORKER");
		long application = application(call, "600000.00");
		this.caseworker.post("/casework/applications/" + application + "/recommendation",
				StaffPages.filledIn(this.caseworker.get("/casework/applications/" + application + "/recommendation"),
						"outcome", "GRANTED_IN_FULL"));
		this.caseworker.post("/casework/calls/" + call + "/recommendation/submit",
				StaffPages.filledIn(this.caseworker.get("/casework/calls/" + call + "/recommendation")));
		Document list = this.caseworker.get("/decisions/" + call);
		String tomorrow = DanishTime.of(Instant.now()).toLocalDate().plusDays(1).toString();

		Document refused = StaffPages
			.page(this.caseworker.post("/decisions/" + call + "/decide", StaffPages.filledIn(list)));
		Document unreadable = StaffPages.page(this.caseworker.post("/decisions/" + call + "/decide",
				StaffPages.filledIn(list, "decidedOn", "i morgen")));
		Document future = StaffPages.page(this.caseworker.post("/decisions/" + call + "/decide",
				StaffPages.filledIn(list, "decidedOn", tomorrow)));

		assertThat(refused.getElementById("decidedBy-error").text()).contains("En anden skal træffe afgørelsen");
		assertThat(unreadable.getElementById("decidedOn-error")).isNotNull();
		assertThat(future.getElementById("decidedOn-error").text()).contains("ikke er kommet endnu");
		assertThat(this.administrator.get("/api/v1/applications/" + application).text("status")).isEqualTo("SUBMITTED");
	}

}
