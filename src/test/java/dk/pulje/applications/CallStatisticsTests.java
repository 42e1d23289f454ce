package dk.pulje.applications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call offering 21,0 mio. kr. receives 24 applications asking 50,4 mio. kr. in all, in
 * two content areas; ten are granted and the rest rejected. Its statistics say how many
 * times over the offer was asked for, and what was granted, in all and by content area;
 * the public reads them once the allocation is complete, the authority at any time. Every
 * expected figure is computed here from the applications the test made.
 */
@IntegrationTest
class CallStatisticsTests {

	private static final BigDecimal OFFERED = new BigDecimal("21000000.00");

	private static final BigDecimal ASKED_EACH = new BigDecimal("2100000.00");

	@LocalServerPort
	int port;

	Api caseworker;

	Fixtures fixtures;

	long call;

	/** The applications made, by content area, and those granted. */
	List<String> areas = new ArrayList<>();

	List<Boolean> granted = new ArrayList<>();

	@BeforeEach
	void twentyFourApplicationsAskingMoreThanTwiceTheOffer() {
		this.caseworker = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.caseworker);
		this.call = this.fixtures.closedCall(this.fixtures.pool(), OFFERED.toPlainString());
		List<String> municipalities = List.of("751", "461", "101", "851");
		for (int i = 0; i < 24; i++) {
			String area = i < 16 ? "akut" : "rehab";
			long lead = this.fixtures.organisation(municipalities.get(i % municipalities.size()));
			Api.Response drafted = this.caseworker.post("/api/v1/applications", this.fixtures
				.applicationRequest(this.call, lead, List.of(), area, Map.of(2018, ASKED_EACH.toPlainString())));
			assertThat(this.fixtures.submit(drafted.id(), Fixtures.DEADLINE_2017.minusDays(1)).status()).isEqualTo(200);
			boolean grant = i < 7 || (i >= 16 && i < 19);
			Api.Response decided = grant ? this.fixtures.grantInFull(drafted.id())
					: this.caseworker.post("/api/v1/applications/" + drafted.id() + "/decision",
							Map.of("outcome", "REJECTED", "reason", "Lavere prioritet."));
			assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
			this.areas.add(area);
			this.granted.add(grant);
		}
	}

	private BigDecimal asked(String area) {
		return ASKED_EACH
			.multiply(BigDecimal.valueOf(this.areas.stream().filter(a -> area == null || a.equals(area)).count()));
	}

	private long grantedIn(String area) {
		long count = 0;
		for (int i = 0; i < this.areas.size(); i++) {
			if (this.granted.get(i) && (area == null || this.areas.get(i).equals(area))) {
				count++;
			}
		}
		return count;
	}

	@Test
	void theStatisticsSayHowManyTimesTheOfferWasAskedForAndWhatWasGranted() throws Exception {
		String path = "/api/v1/calls/" + this.call + "/statistics";
		assertThat(this.caseworker.anonymous().get(path).status()).as("not public before the allocation is complete")
			.isEqualTo(404);
		assertThat(this.caseworker.get(path).status()).isEqualTo(200);
		long poolId = this.caseworker.get("/api/v1/calls/" + this.call).body().path("poolId").asLong();
		assertThat(this.caseworker.anonymous().get("/api/v1/pools/" + poolId + "/statistics").status())
			.as("nor the pool's while a call of it is not")
			.isEqualTo(404);

		Api.Response completed = this.caseworker.post("/api/v1/calls/" + this.call + "/complete-allocation", null);
		assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
		JsonNode statistics = this.caseworker.anonymous().get(path).body();

		BigDecimal asked = asked(null);
		BigDecimal oversubscribed = asked.divide(OFFERED, 1, RoundingMode.HALF_UP);
		assertThat(statistics.path("total").path("received").asInt()).isEqualTo(this.areas.size());
		assertThat(new BigDecimal(statistics.path("total").path("asked").asString())).isEqualByComparingTo(asked);
		assertThat(statistics.path("oversubscribed").decimalValue()).isEqualByComparingTo(oversubscribed);
		assertThat(statistics.path("total").path("granted").asLong()).isEqualTo(grantedIn(null));
		assertThat(new BigDecimal(statistics.path("total").path("grantedAmount").asString()))
			.isEqualByComparingTo(ASKED_EACH.multiply(BigDecimal.valueOf(grantedIn(null))));
		assertThat(statistics.path("total").path("successRate").decimalValue())
			.isEqualByComparingTo(BigDecimal.valueOf(grantedIn(null) * 100)
				.divide(BigDecimal.valueOf(this.areas.size()), 1, RoundingMode.HALF_UP));
		for (String area : List.of("akut", "rehab")) {
			JsonNode byArea = statistics.path("byContentArea").path(area);
			assertThat(new BigDecimal(byArea.path("asked").asString())).isEqualByComparingTo(asked(area));
			assertThat(byArea.path("granted").asLong()).isEqualTo(grantedIn(area));
		}
		assertThat(statistics.path("byApplicantType").path("MUNICIPALITY").path("received").asInt())
			.isEqualTo(this.areas.size());

		long pool = this.caseworker.get("/api/v1/calls/" + this.call).body().path("poolId").asLong();
		JsonNode ofThePool = this.caseworker.anonymous().get("/api/v1/pools/" + pool + "/statistics").body();
		assertThat(ofThePool.path("kind").asString()).isEqualTo("pool");
		assertThat(ofThePool.path("total").path("received").asInt()).isEqualTo(this.areas.size());
		assertThat(ofThePool.path("oversubscribed").decimalValue()).as("its one call offered all it offered")
			.isEqualByComparingTo(oversubscribed);
		String page = Jsoup.parse(Downloads.page(this.port, "/pools/" + pool).body())
			.getElementById("statistics-" + this.call)
			.text();
		Element onTheDashboard = onTheDashboard(StaffPages.caseworker(this.port), this.call);
		assertThat(onTheDashboard).isNotNull();
		assertThat(onTheDashboard.select("td").get(4).text())
			.isEqualTo(oversubscribed.toPlainString().replace('.', ','));
		assertThat(page).contains(this.areas.size() + " ansøgninger",
				oversubscribed.toPlainString().replace('.', ',') + " gange rammen", "Kommunale akutfunktioner");
	}

	/**
	 * The call's row on the dashboard, which shows fifty calls a page, newest deadline
	 * first: other tests' calls may come before it.
	 */
	private static Element onTheDashboard(StaffPages caseworker, long call) {
		for (int page = 0; page < 200; page++) {
			Document dashboard = caseworker.get("/dashboard?page=" + page);
			Element row = dashboard.select("#calls tbody tr:has(a[href$=/casework/calls/" + call + "])").first();
			if (row != null || dashboard.select("a[href=/dashboard?page=" + (page + 1) + "]").isEmpty()) {
				return row;
			}
		}
		return null;
	}

}
