package dk.pulje.dashboard;

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
 * The dashboard's money and calls are made once and kept until the data changes: an
 * analyst who reloads the dashboard after an appropriation or an application sees it at
 * once, in Danish and in English, and what is kept for one reader never shows another
 * what is not theirs.
 */
@IntegrationTest
class DashboardKeptPartsTests {

	@LocalServerPort
	int port;

	Api api;

	long agreement;

	long programme;

	String programmeName;

	StaffPages analyst;

	@BeforeEach
	void aProgrammeWithAMillionAppropriated() {
		this.api = Api.asAdministrator(this.port);
		this.agreement = created(this.api.post("/api/v1/agreements",
				Map.of("name", Fixtures.unique("Satspuljeaftale"), "kind", "POOL_AGREEMENT", "year", 2017)));
		this.programmeName = Fixtures.unique("Styrket indsats for pårørende");
		this.programme = created(
				this.api.post("/api/v1/programmes", Map.of("name", this.programmeName, "kind", "PROGRAMME")));
		appropriate(2018, "1000000.00");
		this.analyst = StaffPages.signedIn(this.port, new People(this.api).open(Role.ANALYST, List.of()));
	}

	@Test
	void anAppropriationShowsOnTheNextDashboard() {
		assertThat(total(this.analyst.get("/dashboard"))).contains("1 mio. kr.");
		assertThat(total(this.analyst.get("/dashboard"))).contains("1 mio. kr.");

		appropriate(2019, "500000.00");

		assertThat(total(this.analyst.get("/dashboard"))).contains("1,5 mio. kr.");
	}

	@Test
	void aStatedTotalThatNoLongerAddsUpIsFlaggedOnTheNextDashboard() {
		String name = Fixtures.unique("Pulje med et angivet beløb");
		long stated = created(this.api.post("/api/v1/programmes",
				Map.of("name", name, "kind", "PROGRAMME", "statedTotalAsWritten", "1 mio. kr.")));
		appropriate(stated, 2018, "1000000.00");
		assertThat(this.analyst.get("/dashboard").select(".warning li").text()).doesNotContain(name);

		appropriate(stated, 2019, "500000.00");

		assertThat(this.analyst.get("/dashboard").select(".warning li").text()).contains(name);
	}

	@Test
	void theEnglishTablesAreNotTheDanishOnes() {
		assertThat(total(this.analyst.get("/dashboard?lang=da"))).contains("I alt");
		assertThat(total(this.analyst.get("/dashboard?lang=en"))).contains("Total").doesNotContain("I alt");
		assertThat(total(this.analyst.get("/dashboard?lang=da"))).contains("I alt");
	}

	@Test
	void aNewApplicationCountsOnTheNextDashboard() {
		Fixtures fixtures = new Fixtures(this.api);
		long pool = fixtures.pool();
		String poolName = this.api.get("/api/v1/pools/" + pool).body().path("name").asString();
		long call = fixtures.closedCall(pool, "1000000.00");
		sendIn(fixtures, call);
		assertThat(receivedFor(poolName)).isEqualTo("1");

		sendIn(fixtures, call);

		assertThat(receivedFor(poolName)).isEqualTo("2");
	}

	@Test
	void onlyThoseWhoDecideAreLinkedToACallsCasework() {
		Fixtures fixtures = new Fixtures(this.api);
		sendIn(fixtures, fixtures.closedCall(fixtures.pool(), "1000000.00"));
		StaffPages caseworker = StaffPages.caseworker(this.port);

		assertThat(this.analyst.get("/dashboard").select("#calls a[href*=/casework/]")).isEmpty();
		assertThat(caseworker.get("/dashboard").select("#calls a[href*=/casework/]")).isNotEmpty();
		assertThat(this.analyst.get("/dashboard").select("#calls a[href*=/casework/]")).isEmpty();
	}

	private void sendIn(Fixtures fixtures, long call) {
		Api.Response drafted = this.api.post("/api/v1/applications", fixtures.applicationRequest(call,
				fixtures.organisation("751"), List.of(), "akut", Map.of(2018, "100000.00")));
		assertThat(fixtures.submit(drafted.id(), Fixtures.DEADLINE_2017.minusDays(1)).status()).isEqualTo(200);
	}

	/**
	 * How many applications the pool's call received, as the analyst's dashboard says. It
	 * shows fifty calls a page, newest deadline first, so other tests' calls may come
	 * before it.
	 */
	private String receivedFor(String poolName) {
		for (int page = 0; page < 200; page++) {
			Document dashboard = this.analyst.get("/dashboard?page=" + page);
			for (Element row : dashboard.select("#calls tbody tr")) {
				if (row.select("td").get(0).text().equals(poolName)) {
					return row.select("td").get(1).text();
				}
			}
			if (dashboard.select("a[href=/dashboard?page=" + (page + 1) + "]").isEmpty()) {
				break;
			}
		}
		throw new AssertionError("The dashboard has no call of " + poolName);
	}

	/** The total row of the programme's table. */
	private String total(Document dashboard) {
		for (Element table : dashboard.select("table")) {
			Element caption = table.selectFirst("caption");
			if (caption != null && caption.text().equals(this.programmeName)) {
				return table.select("tfoot").text();
			}
		}
		throw new AssertionError("The dashboard has no table of " + this.programmeName);
	}

	private void appropriate(int year, String amount) {
		appropriate(this.programme, year, amount);
	}

	private void appropriate(long programme, int year, String amount) {
		created(this.api.post("/api/v1/appropriations",
				Map.of("agreementId", this.agreement, "programmeId", programme, "year", year, "amount", amount)));
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

}
