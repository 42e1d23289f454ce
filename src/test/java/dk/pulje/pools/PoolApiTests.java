package dk.pulje.pools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.TestClock;
import dk.pulje.TestDatabase;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PoolApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	Environment environment;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@Test
	void createsAPoolAndServesItWithItsVersionAsETag() {
		Map<String, Object> request = this.fixtures.poolRequest();

		Api.Response created = this.api.post("/api/v1/pools", request);
		Api.Response read = this.api.anonymous().get(created.location());

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/pools/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.eTag()).isEqualTo("\"0\"");
		assertThat(read.text("name")).isEqualTo(request.get("name"));
		assertThat(read.text("amount")).isEqualTo("200000000.00");
		assertThat(read.text("amountText")).isEqualTo("200 mio. kr.");
		assertThat(read.text("status")).isEqualTo("IN_PREPARATION");
		assertThat(read.body().path("contentAreas")).hasSize(2);
	}

	@Test
	void theCatalogueFindsPoolsByTheYearTheyHaveMoneyOrProjectsIn() {
		Map<String, Object> request = this.fixtures.poolRequest();
		String name = (String) request.get("name");
		this.fixtures.pool(request);
		String search = "/api/v1/pools?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);

		assertThat(this.api.get(search + "&year=2017").body().path("totalItems").asLong()).as("money in 2017")
			.isEqualTo(1);
		assertThat(this.api.get(search + "&year=2020").body().path("totalItems").asLong()).as("projects until 2020")
			.isEqualTo(1);
		assertThat(this.api.get(search + "&year=2021").body().path("totalItems").asLong()).isZero();
	}

	@Test
	void keepsAnAnnouncementAsWrittenWithTheDaysItCanMean() {
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("announced", "ultimo 2018 eller primo 2019");

		Api.Response pool = this.api.get("/api/v1/pools/" + this.fixtures.pool(request));

		assertThat(pool.body().path("announced").path("asWritten").asString())
			.isEqualTo("ultimo 2018 eller primo 2019");
		assertThat(pool.body().path("announced").path("earliest").asString()).isEqualTo("2018-10-01");
		assertThat(pool.body().path("announced").path("latest").asString()).isEqualTo("2019-03-31");
	}

	@Test
	void anAnnouncementOnADayNoMonthHasIsRefusedAtItsField() {
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("announced", "31. februar 2019");

		Api.Response refused = this.api.post("/api/v1/pools", request);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("announced");
	}

	@Test
	void aStatedTotalThatItsYearsDoNotAddUpToIsKeptAndWarnedAbout() {
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("statedTotalAsWritten", "4,2 mio. kr.");
		request.put("yearlyAmounts", Map.of("2016", "4200000", "2017", "4300000", "2018", "500000"));

		Api.Response pool = this.api.get("/api/v1/pools/" + this.fixtures.pool(request));

		assertThat(pool.text("amount")).isEqualTo("4200000.00");
		assertThat(pool.body().path("warnings")).hasSize(1);
		assertThat(pool.body().path("warnings").get(0).path("code").asString()).isEqualTo("stated-total-differs");
		assertThat(pool.body().path("warnings").get(0).path("computed").asString()).isEqualTo("9000000.00");
	}

	@Test
	void refusesAnonymousWrites() {
		Api.Response response = this.api.anonymous().post("/api/v1/pools", this.fixtures.poolRequest());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void namesEveryWrongFieldInDanishAndInEnglish() {
		Map<String, Object> request = Map.of("name", "", "eligibleTypes", List.of());

		Api.Response danish = this.api.post("/api/v1/pools", request);
		Api.Response english = this.api.inEnglish().post("/api/v1/pools", request);

		assertThat(danish.status()).isEqualTo(400);
		assertThat(danish.contentType()).startsWith("application/problem+json");
		assertThat(danish.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
				"applicationForm", "eligibleTypes");
		assertThat(messageOf(danish, "name")).isEqualTo("skal udfyldes og må ikke være tomt");
		assertThat(messageOf(english, "name")).isEqualTo("is required and cannot be blank");
	}

	@Test
	void aValueThatCannotBeReadIsNamedByItsPath() {
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("yearlyAmounts", Map.of("2017", "100000000.001"));

		Api.Response response = this.api.post("/api/v1/pools", request);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("field").asString()).startsWith("yearlyAmounts");
	}

	@Test
	void aChangeNeedsTheVersionItChangesAndRefusesAStaleOne() {
		long id = this.fixtures.pool();
		Map<String, Object> request = this.fixtures.poolRequest();

		Api.Response withoutVersion = this.api.put("/api/v1/pools/" + id, request, null);
		Api.Response changed = this.api.put("/api/v1/pools/" + id, request, "\"0\"");
		Api.Response stale = this.api.put("/api/v1/pools/" + id, this.fixtures.poolRequest(), "\"0\"");

		assertThat(withoutVersion.status()).isEqualTo(428);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.eTag()).isEqualTo("\"1\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/pools/" + id).text("name")).isEqualTo(request.get("name"));
	}

	@Test
	void aPoolIsKeptUntilItItsCallsOrItsMoneyChangeAndAChangeShowsAtOnce() throws Exception {
		long id = this.fixtures.pool();
		String name = this.api.get("/api/v1/pools/" + id).text("name");
		assertThat(TestDatabase.changeWithoutPulje(this.environment, "update pool set name = ? where id = ?",
				"Skrevet uden om Pulje", id))
			.isOne();

		Api.Response kept = this.api.get("/api/v1/pools/" + id);
		Map<String, Object> request = this.fixtures.poolRequest();
		Api.Response changed = this.api.put("/api/v1/pools/" + id, request, "\"0\"");
		long call = this.fixtures.call(id, "1000000.00", Fixtures.OPENS_2017, Fixtures.DEADLINE_2017);
		Api.Response withCall = this.api.get("/api/v1/pools/" + id);
		long agreement = this.api
			.post("/api/v1/agreements",
					Map.of("name", Fixtures.unique("Finanslov"), "kind", "FINANCE_ACT", "year", 2017))
			.id();
		this.api.post("/api/v1/appropriations", Map.of("agreementId", agreement, "poolId", id, "year", 2017, "amount",
				"100000000.00", "moneyKind", "OPERATING"));
		Api.Response withMoney = this.api.get("/api/v1/pools/" + id);

		assertThat(kept.text("name")).as("nothing Pulje knows of changed").isEqualTo(name);
		assertThat(changed.text("name")).as("the change's own answer").isEqualTo(request.get("name"));
		assertThat(changed.eTag()).isEqualTo("\"1\"");
		assertThat(withCall.text("name")).isEqualTo(request.get("name"));
		assertThat(withCall.body().path("calls").findValues("id")).extracting(JsonNode::asLong).containsExactly(call);
		assertThat(withMoney.body().path("appropriated").path("2017").asString()).isEqualTo("100000000.00");
	}

	@Test
	void anUnknownPoolIsNotFound() {
		Api.Response response = this.api.get("/api/v1/pools/987654321");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.text("detail")).isEqualTo("Der findes ingen pulje med id 987654321.");
	}

	@Test
	void listsPoolsInPagesFilteredAndSorted() {
		String marker = Fixtures.unique("Listepulje");
		for (String suffix : List.of("A", "B", "C")) {
			Map<String, Object> request = this.fixtures.poolRequest();
			request.put("name", marker + " " + suffix);
			this.fixtures.pool(request);
		}

		Api.Response page = this.api.anonymous()
			.get("/api/v1/pools?q=" + marker.replace(" ", "%20")
					+ "&size=2&page=0&sort=name,desc&eligibleType=MUNICIPALITY&status=IN_PREPARATION");

		assertThat(page.body().path("totalItems").asLong()).isEqualTo(3);
		assertThat(page.body().path("totalPages").asInt()).isEqualTo(2);
		assertThat(page.body().path("items").findValuesAsString("name")).containsExactly(marker + " C", marker + " B");
	}

	@Test
	void aPageLinksTheFirstPreviousNextAndLastPagesWithItsFiltersKept() {
		String marker = Fixtures.unique("Linkpulje");
		for (String suffix : List.of("A", "B", "C", "D", "E")) {
			Map<String, Object> request = this.fixtures.poolRequest();
			request.put("name", marker + " " + suffix);
			this.fixtures.pool(request);
		}
		String query = "/api/v1/pools?q=" + marker.replace(" ", "%20") + "&size=2&sort=name,desc";

		String middle = this.api.anonymous().get(query + "&page=1").header("Link");
		String first = this.api.anonymous().get(query).header("Link");
		String none = this.api.anonymous().get("/api/v1/pools?q=" + marker.replace(" ", "%20") + "x").header("Link");

		String at = "http://localhost:" + this.port + query + "&page=";
		assertThat(middle)
			.isEqualTo(("<%s0>; rel=\"first\", <%s0>; rel=\"prev\", <%s2>; rel=\"next\", " + "<%s2>; rel=\"last\"")
				.formatted(at, at, at, at));
		assertThat(first).doesNotContain("rel=\"prev\"").contains("<" + at + "1>; rel=\"next\"");
		assertThat(none).isNull();
	}

	@Test
	void aReadThatSendsThePoolsVersionBackGets304UntilThePoolChanges() throws Exception {
		long id = this.fixtures.pool();
		String eTag = this.api.get("/api/v1/pools/" + id).eTag();

		HttpResponse<String> unchanged = readIfNoneMatch("/api/v1/pools/" + id, eTag);
		Map<String, Object> changed = this.fixtures.poolRequest();
		changed.put("name", Fixtures.unique("Ændret pulje"));
		this.api.put("/api/v1/pools/" + id, changed, eTag);
		HttpResponse<String> afterTheChange = readIfNoneMatch("/api/v1/pools/" + id, eTag);

		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(afterTheChange.statusCode()).isEqualTo(200);
		assertThat(afterTheChange.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(eTag);
	}

	private HttpResponse<String> readIfNoneMatch(String path, String eTag) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("If-None-Match", eTag)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void refusesAnUnknownSortAndAnOversizedPage() {
		Api.Response sort = this.api.get("/api/v1/pools?sort=secret");
		Api.Response size = this.api.get("/api/v1/pools?size=201");

		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.text("field")).isEqualTo("sort");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.text("field")).isEqualTo("size");
	}

	@Test
	void aCallCannotOfferMoreThanThePoolHasNotYetOffered() {
		long pool = this.fixtures.pool();
		this.fixtures.closedCall(pool, "150000000.00");

		Api.Response tooMuch = this.api.post("/api/v1/pools/" + pool + "/calls",
				Map.of("amount", "50000000.01", "opensAt", "2018-01-02T09:00", "deadline", "2018-03-01T12:00"));

		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.text("rule")).isEqualTo("call-exceeds-pool");
		assertThat(this.api.get("/api/v1/pools/" + pool).body().path("calls")).hasSize(1);
	}

	@Test
	void listsThePoolsCallsInTheOrderTheyOpen() {
		long pool = this.fixtures.pool();
		long later = this.fixtures.call(pool, "1000.00", LocalDateTime.of(2018, 3, 1, 9, 0),
				LocalDateTime.of(2018, 6, 8, 12, 0));
		long first = this.fixtures.closedCall(pool, "1000.00");

		Api.Response ofPool = this.api.anonymous().get("/api/v1/pools/" + pool + "/calls");
		Api.Response filtered = this.api.anonymous()
			.get("/api/v1/calls?poolId=" + pool + "&kind=FIRST&sort=deadline,desc");

		assertThat(ofPool.body().path("items").findValues("id").stream().map(id -> id.asLong()).toList())
			.containsExactly(first, later);
		assertThat(filtered.body().path("items").findValues("id").stream().map(id -> id.asLong()).toList())
			.containsExactly(later, first);
		assertThat(this.api.get("/api/v1/pools/987654321/calls").status()).isEqualTo(404);
	}

	@Test
	void aCallsDeadlineIsKeptInDanishTime() {
		long pool = this.fixtures.pool();

		long call = this.fixtures.call(pool, "1000.00", Fixtures.OPENS_2017, Fixtures.DEADLINE_2017);

		Api.Response read = this.api.get("/api/v1/calls/" + call);
		assertThat(read.text("deadline")).isEqualTo("2017-12-11T12:00:00+01:00");
		assertThat(read.text("opensAt")).isEqualTo("2017-10-02T09:00:00+02:00");
		assertThat(read.text("status")).isEqualTo("CLOSED");
	}

	@Test
	void aCallsDatesCanBeMovedUntilItsFirstDecision() {
		long pool = this.fixtures.pool();
		long call = this.fixtures.closedCall(pool, "1000000.00");
		Map<String, Object> later = Map.of("title", "Første opslag", "amount", "1000000.00", "opensAt",
				"2017-10-02T09:00", "deadline", "2017-12-15T12:00");

		Api.Response moved = this.api.put("/api/v1/calls/" + call, later, "\"0\"");
		this.fixtures
			.grantInFull(this.fixtures.submitted(call, this.fixtures.organisation("751"), Map.of(2018, "1.00")));
		Api.Response refused = this.api.put("/api/v1/calls/" + call,
				Map.of("amount", "1000000.00", "opensAt", "2017-10-02T09:00", "deadline", "2017-12-20T12:00"),
				this.api.get("/api/v1/calls/" + call).eTag());

		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.text("deadline")).isEqualTo("2017-12-15T12:00:00+01:00");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("call-already-decided");
	}

	@Test
	void moneyAppropriatedToAPoolIsShownBesideItsAmountAndADifferenceIsWarnedAbout() {
		long pool = this.fixtures.pool();
		long agreement = this.api
			.post("/api/v1/agreements",
					Map.of("name", Fixtures.unique("Finanslov"), "kind", "FINANCE_ACT", "year", 2017))
			.id();

		Api.Response appropriated = this.api.post("/api/v1/appropriations", Map.of("agreementId", agreement, "poolId",
				pool, "year", 2017, "amount", "100000000.00", "moneyKind", "OPERATING"));
		Api.Response unknownPool = this.api.post("/api/v1/appropriations",
				Map.of("agreementId", agreement, "poolId", 987654321, "year", 2017, "amount", "1.00"));

		assertThat(appropriated.status()).isEqualTo(201);
		assertThat(unknownPool.text("field")).isEqualTo("poolId");
		Api.Response read = this.api.get("/api/v1/pools/" + pool);
		assertThat(read.body().path("appropriated").path("2017").asString()).isEqualTo("100000000.00");
		assertThat(read.body().path("warnings").findValuesAsString("field")).containsExactly("appropriated");
	}

	@Test
	void aPoolsStatusFollowsItsLatestCallAndTheClock() {
		long pool = this.fixtures.pool();
		LocalDateTime opens = LocalDateTime.of(2031, 1, 6, 9, 0);
		LocalDateTime deadline = LocalDateTime.of(2031, 3, 3, 12, 0);
		long call = this.fixtures.call(pool, "200000000.00", opens, deadline);
		long aarhus = this.fixtures.organisation("751");
		try {
			this.clock.set(DanishTime.at(opens).toInstant().minusSeconds(1));
			String beforeOpening = status(pool);
			this.clock.set(DanishTime.at(deadline).toInstant());
			String open = status(pool);
			long application = this.fixtures.draft(call, aarhus, Map.of(2018, "149200000.00"));
			this.fixtures.submit(application, null);
			this.clock.set(DanishTime.at(deadline).toInstant().plusSeconds(1));
			String closed = status(pool);
			this.fixtures.grantInFull(application);
			String beingDecided = status(pool);
			this.api.post("/api/v1/calls/" + call + "/complete-allocation", null);
			String allocated = status(pool);
			this.api.post("/api/v1/calls/" + call + "/repost",
					Map.of("opensAt", "2031-03-10T09:00", "deadline", "2031-05-01T12:00"));
			this.clock.set(DanishTime.at(LocalDateTime.of(2031, 4, 1, 12, 0)).toInstant());
			String reposted = status(pool);

			assertThat(List.of(beforeOpening, open, closed, beingDecided, allocated, reposted))
				.containsExactly("ANNOUNCED", "OPEN", "CLOSED", "BEING_DECIDED", "ALLOCATED", "RE_POSTED");
			assertThat(this.api
				.get("/api/v1/pools?status=RE_POSTED&q="
						+ this.api.get("/api/v1/pools/" + pool).text("name").replace(" ", "%20"))
				.body()
				.path("totalItems")
				.asLong()).isEqualTo(1);
		}
		finally {
			this.clock.reset();
		}
	}

	private String status(long pool) {
		return this.api.get("/api/v1/pools/" + pool).text("status");
	}

	private static String messageOf(Api.Response response, String field) {
		for (var error : response.body().path("errors")) {
			if (error.path("field").asString().equals(field)) {
				return error.path("message").asString();
			}
		}
		throw new AssertionError("no error for " + field + " in " + response.body());
	}

	@Test
	void aCallOffersTheFreeMoneyOrOneEarmarkAndThePoolShowsThemApart() {
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("earmarks", List.of(Map.of("description", "Evaluering", "amount", "20000000.00")));
		long pool = this.fixtures.pool(request);
		String calls = "/api/v1/pools/" + pool + "/calls";
		LocalDateTime opens = LocalDateTime.of(2027, 1, 4, 9, 0);

		Api.Response tooMuch = this.api.post(calls, Map.of("amount", "190000000.00", "opensAt", opens.toString(),
				"deadline", opens.plusMonths(2).toString()));
		Api.Response free = this.api.post(calls, Map.of("amount", "180000000.00", "opensAt", opens.toString(),
				"deadline", opens.plusMonths(2).toString()));
		Api.Response earmarked = this.api.post(calls, Map.of("amount", "20000000.00", "opensAt", opens.toString(),
				"deadline", opens.plusMonths(2).toString(), "earmark", 1));
		Api.Response noSuchEarmark = this.api.post(calls, Map.of("amount", "1.00", "opensAt", opens.toString(),
				"deadline", opens.plusMonths(2).toString(), "earmark", 2));
		Api.Response view = this.api.get("/api/v1/pools/" + pool);

		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.text("rule")).isEqualTo("call-exceeds-pool");
		assertThat(tooMuch.text("detail")).contains("180 mio. kr.");
		assertThat(free.status()).isEqualTo(201);
		assertThat(free.body().path("earmark").isNull()).isTrue();
		assertThat(earmarked.status()).as(earmarked.body().toString()).isEqualTo(201);
		assertThat(earmarked.body().path("earmark").asInt()).isEqualTo(1);
		assertThat(noSuchEarmark.status()).isEqualTo(422);
		assertThat(noSuchEarmark.text("rule")).isEqualTo("earmark-unknown");
		assertThat(view.text("earmarked")).isEqualTo("20000000.00");
		assertThat(view.text("offered")).isEqualTo("200000000.00");
		assertThat(view.text("free")).isEqualTo("0.00");

		request.put("earmarks", List.of());
		Api.Response withoutTheEarmark = this.api.put("/api/v1/pools/" + pool, request, view.eTag());
		assertThat(withoutTheEarmark.status()).isEqualTo(422);
		assertThat(withoutTheEarmark.text("rule")).isEqualTo("earmark-below-calls");
	}

	@Test
	void aPoolWithNeitherACallNorAnAnnouncementIsInPreparation() {
		long preparing = this.fixtures.pool();
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("announced", "ultimo 2027");
		long announced = this.fixtures.pool(request);

		assertThat(this.api.get("/api/v1/pools/" + preparing).text("status")).isEqualTo("IN_PREPARATION");
		assertThat(this.api.get("/api/v1/pools/" + announced).text("status")).isEqualTo("ANNOUNCED");
	}

}
