package dk.pulje.funding;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FundingApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
	}

	private long agreement(String name, int year) {
		Api.Response response = this.api.post("/api/v1/agreements",
				Map.of("name", name, "kind", "POOL_AGREEMENT", "year", year));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

	private long programme(String statedTotal, Integer firstYear, Integer lastYear) {
		Map<String, Object> request = new HashMap<>();
		request.put("name", Fixtures.unique("Initiativ"));
		request.put("kind", "INITIATIVE");
		request.put("statedTotalAsWritten", statedTotal);
		request.put("firstYear", firstYear);
		request.put("lastYear", lastYear);
		Api.Response response = this.api.post("/api/v1/programmes", request);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

	private void appropriate(long agreement, long programme, int year, String amount) {
		Api.Response response = this.api.post("/api/v1/appropriations",
				Map.of("agreementId", agreement, "programmeId", programme, "year", year, "amount", amount));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
	}

	@Test
	void oneRecordPerRealAgreementHoweverItIsSpelt() {
		String name = Fixtures.unique("Aftale om puljer");
		agreement(name + " for 2016", 2016);

		Api.Response again = this.api.post("/api/v1/agreements",
				Map.of("name", name.toUpperCase() + "  2016", "kind", "POOL_AGREEMENT", "year", 2016));

		assertThat(again.status()).isEqualTo(422);
		assertThat(again.text("rule")).isEqualTo("agreement-exists");
	}

	@Test
	void aProgrammesAppropriationsAreSummedByYearBesideItsStatedTotal() {
		// Seed 004: demens 2025, "470 mio. kr. (50 mio. kr. i 2016 og 140 mio. kr. hvert
		// år resten af perioden)".
		long agreement = agreement(Fixtures.unique("Satspuljeaftale"), 2016);
		long programme = programme("470 mio. kr.", 2016, 2019);
		appropriate(agreement, programme, 2016, "50000000");
		for (int year = 2017; year <= 2019; year++) {
			appropriate(agreement, programme, year, "140000000");
		}

		Api.Response read = this.api.anonymous().get("/api/v1/programmes/" + programme);

		assertThat(read.text("appropriatedTotal")).isEqualTo("470000000.00");
		assertThat(read.body().path("appropriated").path("2017").asString()).isEqualTo("140000000.00");
		assertThat(read.body().path("warnings")).isEmpty();
	}

	@Test
	void aStatedTotalItsAppropriationsDoNotAddUpToIsFlagged() {
		// Seed 004: børn og unge som pårørende, "4,2 mio. kr. (4,2 i 2016, 4,3 i 2017 og
		// 0,5 i 2018)" sums to 9,0.
		long agreement = agreement(Fixtures.unique("Satspuljeaftale"), 2016);
		long programme = programme("4,2 mio. kr.", 2016, 2018);
		appropriate(agreement, programme, 2016, "4200000");
		appropriate(agreement, programme, 2017, "4300000");
		appropriate(agreement, programme, 2018, "500000");

		Api.Response read = this.api.get("/api/v1/programmes/" + programme);

		assertThat(read.body().path("statedTotal").path("asWritten").asString()).isEqualTo("4,2 mio. kr.");
		assertThat(read.text("appropriatedTotal")).isEqualTo("9000000.00");
		assertThat(read.body().path("warnings").get(0).path("difference").asString()).isEqualTo("4800000.00");
	}

	@Test
	void anAppropriationOutsideTheProgrammesYearsIsRefused() {
		long agreement = agreement(Fixtures.unique("Satspuljeaftale"), 2016);
		long programme = programme("30 mio. kr.", 2016, 2019);

		Api.Response refused = this.api.post("/api/v1/appropriations",
				Map.of("agreementId", agreement, "programmeId", programme, "year", 2020, "amount", "1000"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("year");
	}

	@Test
	void anAgreementIsChangedAgainstItsVersionAndFoundByKindAndYear() {
		String name = Fixtures.unique("Økonomiaftale");
		long id = agreement(name, 2016);

		Api.Response changed = this.api.put("/api/v1/agreements/" + id,
				Map.of("name", name, "kind", "ECONOMY_AGREEMENT", "year", 2016), "\"0\"");
		Api.Response found = this.api.anonymous()
			.get("/api/v1/agreements?kind=ECONOMY_AGREEMENT&year=2016&q=" + name.replace(" ", "%20"));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.eTag()).isEqualTo("\"1\"");
		assertThat(found.body().path("items").findValuesAsString("name")).containsExactly(name);
	}

	@Test
	void appropriationsAreListedByProgrammeAndReadOneByOne() {
		long agreement = agreement(Fixtures.unique("Finanslov"), 2016);
		long programme = programme("1,2 mia. kr.", 2016, 2019);
		appropriate(agreement, programme, 2016, "320000000");
		appropriate(agreement, programme, 2017, "300000000");

		Api.Response list = this.api.anonymous()
			.get("/api/v1/appropriations?programmeId=" + programme + "&sort=year,desc");
		long first = list.body().path("items").get(0).path("id").asLong();
		Api.Response one = this.api.anonymous().get("/api/v1/appropriations/" + first);

		assertThat(list.body().path("items").findValuesAsString("amount")).containsExactly("300000000.00",
				"320000000.00");
		assertThat(one.text("moneyKind")).isEqualTo("OPERATING");
		assertThat(one.body().path("year").asInt()).isEqualTo(2017);
	}

	@Test
	void anUnreadableStatedTotalIsRefusedNamingTheField() {
		Api.Response refused = this.api.post("/api/v1/programmes",
				Map.of("name", "Plan", "kind", "ACTION_PLAN", "statedTotalAsWritten", "en hel del"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("statedTotalAsWritten");
	}

	@Test
	void aProgrammeCannotBecomeItsOwnAncestor() {
		long parent = programme(null, null, null);
		Map<String, Object> child = new HashMap<>(
				Map.of("name", "Delprogram", "kind", "PROGRAMME", "parentId", parent));
		long childId = this.api.post("/api/v1/programmes", child).id();

		Api.Response cycle = this.api.put("/api/v1/programmes/" + parent,
				Map.of("name", "Hovedprogram", "kind", "PROGRAMME", "parentId", childId), "\"0\"");

		assertThat(cycle.status()).isEqualTo(422);
		assertThat(cycle.text("rule")).isEqualTo("programme-own-parent");
	}

}
