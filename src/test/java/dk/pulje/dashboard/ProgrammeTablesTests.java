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
 * The dashboard's tables by programme and its warnings are worked out once and kept until
 * the data changes: an analyst who reloads the dashboard after an appropriation sees it
 * at once, in Danish and in English.
 */
@IntegrationTest
class ProgrammeTablesTests {

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
