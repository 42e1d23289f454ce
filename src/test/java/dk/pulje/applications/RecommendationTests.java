package dk.pulje.applications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.Mails;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's recommendation list from the first recommendation to the decision: the
 * caseworker recommends each application and submits the list; the pool's decision-maker
 * changes one item with a reason and decides; the decisions take effect together, with
 * the grants made and the applicants told by mail. The person who recommended cannot
 * decide the same list unless the pool allows it, and neither the list nor a change to it
 * may grant more than the call has left.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "pulje.test.db-name=recommendation" })
class RecommendationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	Api administrator;

	Fixtures fixtures;

	People people;

	People.Person recommender;

	People.Person colleague;

	People.Person decisionMaker;

	long aarhus;

	@BeforeEach
	void caseworkersAndADecisionMaker() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
		this.people = new People(this.administrator);
		this.recommender = this.people.open(Role.CASEWORKER, List.of());
		this.colleague = this.people.open(Role.CASEWORKER, List.of());
		this.decisionMaker = this.people.open(Role.DECISION_MAKER, List.of());
		this.aarhus = this.fixtures.organisation("751");
	}

	/**
	 * A pool of the years to come, decided as named, with a call whose deadline passed an
	 * hour ago.
	 */
	private long call(String decidedBy, boolean recommenderMayDecide, String offered) {
		int year = DanishTime.of(Instant.now()).getYear();
		Map<String, Object> request = new HashMap<>(this.fixtures.poolRequest());
		request.put("yearlyAmounts", Map.of(String.valueOf(year + 1), "50000000.00"));
		request.put("projectPeriod", Map.of("start", (year + 1) + "-01-01", "end", (year + 3) + "-12-31"));
		request.put("decidedBy", decidedBy);
		request.put("recommenderMayDecide", recommenderMayDecide);
		long pool = this.fixtures.pool(request);
		return this.fixtures.call(pool, offered, now().minusDays(10), now().minusHours(1));
	}

	private static LocalDateTime now() {
		return DanishTime.of(Instant.now()).toLocalDateTime().withNano(0);
	}

	/**
	 * An application handed in to the call two hours before its deadline, asking for the
	 * amounts by year.
	 */
	private long handedIn(long call, Map<Integer, String> budget) {
		long id = this.fixtures.draft(call, this.aarhus, budget);
		Api.Response submitted = this.fixtures.submit(id, now().minusHours(2));
		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		return id;
	}

	private static int year(int ahead) {
		return DanishTime.of(Instant.now()).getYear() + ahead;
	}

	private Api.Response recommend(Api who, long call, long application, Map<String, Object> recommendation) {
		return who.put("/api/v1/calls/" + call + "/recommendations/" + application, recommendation, null);
	}

	private static Map<String, Object> inFull() {
		return Map.of("outcome", "GRANTED_IN_FULL");
	}

	private static Map<String, Object> rejected(String reason) {
		return Map.of("outcome", "REJECTED", "reason", reason);
	}

	private Api.Response submit(Api who, long call) {
		return who.post("/api/v1/calls/" + call + "/recommendations/submit", null);
	}

	private Api.Response decide(Api who, long call) {
		return who.post("/api/v1/calls/" + call + "/recommendations/decide", Map.of());
	}

	private String status(long application) {
		return this.administrator.get("/api/v1/applications/" + application).text("status");
	}

	@Test
	void theDecisionMakerChangesOneItemAndDecidesTheListAsAWhole() throws Exception {
		long call = call("DECISION_MAKER", false, "2000000.00");
		String applicantEmail = applicantOfAarhus();
		long first = handedIn(call, Map.of(year(1), "600000.00"));
		long second = handedIn(call, Map.of(year(1), "800000.00", year(2), "200000.00"));
		long third = handedIn(call, Map.of(year(1), "900000.00"));
		Api caseworker = this.recommender.api();

		assertThat(recommend(caseworker, call, first, inFull()).status()).isEqualTo(200);
		assertThat(recommend(caseworker, call, second,
				Map.of("outcome", "GRANTED_IN_PART", "grantedByYear",
						Map.of(String.valueOf(year(1)), "500000.00", String.valueOf(year(2)), "200000.00"),
						"conditionalYears", List.of(year(2))))
			.status()).isEqualTo(200);
		assertThat(recommend(caseworker, call, third, rejected("Projektet ligger uden for puljens formål.")).status())
			.isEqualTo(200);
		Api.Response submitted = submit(caseworker, call);
		Api.Response change = this.decisionMaker.api()
			.put("/api/v1/calls/" + call + "/recommendations/" + third + "/change",
					Map.of("outcome", "GRANTED_IN_PART", "grantedByYear", Map.of(String.valueOf(year(1)), "600000.00"),
							"reason", "Udvalget prioriterer akutfunktioner."),
					null);
		Api.Response decided = decide(this.decisionMaker.api(), call);

		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
		assertThat(submitted.body().path("recommendedTotal").asString()).isEqualTo("1300000.00");
		assertThat(change.status()).as(change.body().toString()).isEqualTo(200);
		assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
		assertThat(decided.text("status")).isEqualTo("DECIDED");
		assertThat(decided.text("decidedBy")).isEqualTo(this.decisionMaker.username());
		assertThat(decided.text("decidedOn")).isEqualTo(DanishTime.of(Instant.now()).toLocalDate().toString());
		JsonNode thirdItem = item(decided.body(), third);
		assertThat(thirdItem.path("recommended").path("outcome").asString()).isEqualTo("REJECTED");
		assertThat(thirdItem.path("change").path("reason").asString())
			.isEqualTo("Udvalget prioriterer akutfunktioner.");
		assertThat(List.of(status(first), status(second), status(third))).containsOnly("DECIDED");
		JsonNode thirdDecision = this.administrator.get("/api/v1/applications/" + third).body().path("decision");
		assertThat(thirdDecision.path("outcome").asString()).isEqualTo("GRANTED_IN_PART");
		assertThat(thirdDecision.path("grantedTotal").asString()).isEqualTo("600000.00");
		assertThat(thirdDecision.path("registeredBy").asString()).isEqualTo(this.decisionMaker.username());
		assertThat(this.administrator.get("/api/v1/calls/" + call).body().path("granted").asString())
			.isEqualTo("1900000.00");
		assertThat(this.administrator.get("/api/v1/granted-projects?callId=" + call).body().path("items")).hasSize(3);
		assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
		assertThat(Mails.to(smtp, applicantEmail, "Afgørelse")).hasSize(3)
			.allSatisfy(subject -> assertThat(subject).startsWith("Afgørelse"));
	}

	@Test
	void whoeverRecommendedCannotDecideTheSameListUnlessThePoolAllowsIt() {
		long guarded = call("CASEWORKER", false, "2000000.00");
		long allowed = call("CASEWORKER", true, "2000000.00");
		long one = handedIn(guarded, Map.of(year(1), "600000.00"));
		long two = handedIn(allowed, Map.of(year(1), "600000.00"));
		Api caseworker = this.recommender.api();
		recommend(caseworker, guarded, one, inFull());
		recommend(caseworker, allowed, two, inFull());
		submit(caseworker, guarded);
		submit(caseworker, allowed);

		Api.Response self = decide(caseworker, guarded);
		Api.Response decisionMakerOnACaseworkersPool = decide(this.decisionMaker.api(), guarded);
		String stillWaiting = status(one);
		Api.Response colleague = decide(this.colleague.api(), guarded);
		Api.Response selfWhereAllowed = decide(caseworker, allowed);

		assertThat(self.status()).isEqualTo(422);
		assertThat(self.text("rule")).isEqualTo("four-eyes");
		assertThat(self.body().path("errors").get(0).path("field").asString()).isEqualTo("decidedBy");
		assertThat(decisionMakerOnACaseworkersPool.status()).isEqualTo(422);
		assertThat(decisionMakerOnACaseworkersPool.text("rule")).isEqualTo("decided-by-caseworker");
		assertThat(stillWaiting).isEqualTo("SUBMITTED");
		assertThat(colleague.status()).as(colleague.body().toString()).isEqualTo(200);
		assertThat(selfWhereAllowed.status()).as(selfWhereAllowed.body().toString()).isEqualTo(200);
		assertThat(List.of(status(one), status(two))).containsOnly("DECIDED");
	}

	@Test
	void neitherTheListNorAChangeGrantsMoreThanTheCallHasLeft() {
		long call = call("DECISION_MAKER", false, "1000000.00");
		long first = handedIn(call, Map.of(year(1), "600000.00"));
		long second = handedIn(call, Map.of(year(1), "700000.00"));
		Api caseworker = this.recommender.api();
		recommend(caseworker, call, first, inFull());
		recommend(caseworker, call, second, inFull());

		Api.Response tooMuch = submit(caseworker, call);
		recommend(caseworker, call, second, rejected("Der er ikke penge nok."));
		Api.Response submitted = submit(caseworker, call);
		Api.Response changeTooMuch = this.decisionMaker.api()
			.put("/api/v1/calls/" + call + "/recommendations/" + second + "/change",
					Map.of("outcome", "GRANTED_IN_FULL", "reason", "Udvalget vil give begge."), null);

		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.text("rule")).isEqualTo("recommendation-above-offer");
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(changeTooMuch.status()).isEqualTo(422);
		assertThat(changeTooMuch.text("rule")).isEqualTo("recommendation-above-offer");
		JsonNode stored = this.administrator.get("/api/v1/calls/" + call + "/recommendations").body();
		assertThat(item(stored, second).path("change").isNull()).isTrue();
		assertThat(stored.path("recommendedTotal").asString()).isEqualTo("600000.00");
	}

	@Test
	void aListIsSubmittedOnlyWhenEveryApplicationHasARecommendationAndIsThenDecidedOnlyAsAWhole() {
		long call = call("DECISION_MAKER", false, "2000000.00");
		long first = handedIn(call, Map.of(year(1), "600000.00"));
		long second = handedIn(call, Map.of(year(1), "700000.00"));
		Api caseworker = this.recommender.api();
		recommend(caseworker, call, first, inFull());

		Api.Response draftToTheDecisionMaker = this.decisionMaker.api()
			.get("/api/v1/calls/" + call + "/recommendations");
		Api.Response incomplete = submit(caseworker, call);
		recommend(caseworker, call, second, rejected("Uden for formålet."));
		submit(caseworker, call);
		Api.Response alone = this.administrator.post("/api/v1/applications/" + first + "/decision", inFull());
		Api.Response lateRecommendation = recommend(caseworker, call, first, rejected("Alligevel ikke."));
		Api.Response staffDeciding = decide(this.colleague.api(), call);
		Api.Response decisionMakerRecommending = recommend(this.decisionMaker.api(), call, first, inFull());

		assertThat(draftToTheDecisionMaker.status()).isEqualTo(404);
		assertThat(this.decisionMaker.api().get("/api/v1/calls/" + call + "/recommendations").status()).isEqualTo(200);
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.text("rule")).isEqualTo("recommendation-missing");
		assertThat(incomplete.body().path("errors").get(0).path("field").asString())
			.isEqualTo("recommendations." + second);
		assertThat(alone.status()).isEqualTo(422);
		assertThat(alone.text("rule")).isEqualTo("application-on-recommendation-list");
		assertThat(lateRecommendation.status()).isEqualTo(422);
		assertThat(lateRecommendation.text("rule")).isEqualTo("recommendation-list-not-draft");
		assertThat(staffDeciding.status()).isEqualTo(422);
		assertThat(staffDeciding.text("rule")).isEqualTo("decided-by-decision-maker");
		assertThat(decisionMakerRecommending.status()).isEqualTo(403);
		assertThat(List.of(status(first), status(second))).containsOnly("SUBMITTED");
	}

	@Test
	void aConditionalYearIsShownApartAndCannotBePaidUntilItIsConfirmed() {
		long call = call("CASEWORKER", false, "2000000.00");
		long application = handedIn(call, Map.of(year(1), "400000.00", year(2), "300000.00"));
		Api caseworker = this.recommender.api();
		Api.Response notLater = recommend(caseworker, call, application,
				Map.of("outcome", "GRANTED_IN_FULL", "conditionalYears", List.of(year(0))));
		recommend(caseworker, call, application,
				Map.of("outcome", "GRANTED_IN_FULL", "conditionalYears", List.of(year(2))));
		submit(caseworker, call);
		decide(this.colleague.api(), call);
		long project = this.administrator.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();

		Api.Response conditional = this.administrator.get("/api/v1/granted-projects/" + project);
		Api.Response paid = pay(project, year(2));
		Api.Response confirmed = this.colleague.api()
			.post("/api/v1/granted-projects/" + project + "/years/" + year(2) + "/confirm", null);
		Api.Response paidAfterwards = pay(project, year(2));

		assertThat(notLater.status()).isEqualTo(422);
		assertThat(notLater.text("rule")).isEqualTo("conditional-year-not-later");
		assertThat(notLater.body().path("errors").get(0).path("field").asString())
			.isEqualTo("conditionalYears." + year(0));
		assertThat(conditional.body().path("conditionalYears").get(0).asInt()).isEqualTo(year(2));
		assertThat(conditional.body().path("conditionalTotal").asString()).isEqualTo("300000.00");
		assertThat(conditional.body().path("grantedTotal").asString()).isEqualTo("700000.00");
		assertThat(paid.status()).isEqualTo(422);
		assertThat(paid.text("rule")).isEqualTo("payment-year-conditional");
		assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
		assertThat(confirmed.body().path("conditionalYears")).isEmpty();
		assertThat(confirmed.body().path("conditionalTotal").asString()).isEqualTo("0.00");
		assertThat(paidAfterwards.status()).as(paidAfterwards.body().toString()).isEqualTo(200);
	}

	private Api.Response pay(long project, int fiscalYear) {
		return this.administrator.post("/api/v1/granted-projects/" + project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", DanishTime.of(Instant.now()).toLocalDate().toString(), "fiscalYear",
						fiscalYear, "amount", "100000.00"));
	}

	private static JsonNode item(JsonNode list, long application) {
		for (JsonNode item : list.path("items")) {
			if (item.path("applicationId").asLong() == application) {
				return item;
			}
		}
		throw new AssertionError("application " + application + " is not on the list");
	}

	/**
	 * An applicant account of Aarhus with an e-mail address, which decisions are mailed
	 * to.
	 */
	private String applicantOfAarhus() {
		String username = Fixtures.unique("ansoeger").replace(" ", "-");
		String email = username + "@example.dk";
		Api.Response opened = this.administrator.post("/api/v1/accounts", Map.of("username", username, "email", email,
				"role", "APPLICANT", "organisationIds", List.of(this.aarhus)));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		return email;
	}

}
