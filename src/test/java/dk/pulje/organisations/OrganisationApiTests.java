package dk.pulje.organisations;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
	}

	@Test
	void allNinetyEightMunicipalitiesAndFiveRegionsAreThereFromTheFirstStart() {
		Api.Response municipalities = this.api.anonymous().get("/api/v1/organisations?type=MUNICIPALITY&size=1");
		Api.Response regions = this.api.anonymous().get("/api/v1/organisations?type=REGION");

		assertThat(municipalities.body().path("totalItems").asLong()).isEqualTo(98);
		assertThat(regions.body().path("items").findValuesAsString("officialCode")).containsExactlyInAnyOrder("1081",
				"1082", "1083", "1084", "1085");
	}

	@Test
	void aMunicipalityKnowsItsCodeAndItsRegion() {
		Api.Response aarhus = this.api.get("/api/v1/organisations?officialCode=751");
		Api.Response midtjylland = this.api.get("/api/v1/organisations?officialCode=1082");

		assertThat(aarhus.body().path("items").get(0).path("name").asString()).isEqualTo("Aarhus Kommune");
		assertThat(aarhus.body().path("items").get(0).path("regionId").asLong())
			.isEqualTo(midtjylland.body().path("items").get(0).path("id").asLong());
	}

	@Test
	void registersAPrivateOrganisationByItsCheckedCvrNumber() {
		String cvr = Fixtures.cvr();

		Api.Response created = this.api.post("/api/v1/organisations",
				Map.of("name", Fixtures.unique("Patientforening"), "type", "PRIVATE_ORGANISATION", "cvr", cvr));
		Api.Response twice = this.api.post("/api/v1/organisations",
				Map.of("name", Fixtures.unique("Patientforening"), "type", "PRIVATE_ORGANISATION", "cvr", cvr));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("cvr")).isEqualTo(cvr);
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.text("rule")).isEqualTo("cvr-taken");
	}

	@Test
	void aCvrNumberThatFailsTheModulusElevenCheckIsRefusedNamingTheField() {
		Api.Response refused = this.api.inEnglish()
			.post("/api/v1/organisations", Map.of("name", "Lægehuset", "type", "GENERAL_PRACTICE", "cvr", "29190624"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("cvr");
		assertThat(refused.body().path("errors").get(0).path("message").asString()).contains("CVR");
	}

	@Test
	void aGeneralPracticeNeedsACvrNumber() {
		Api.Response refused = this.api.post("/api/v1/organisations",
				Map.of("name", "Lægehuset", "type", "GENERAL_PRACTICE"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("cvr");
	}

	@Test
	void anOrganisationIsRenamedAgainstTheVersionItWasReadAt() {
		String cvr = Fixtures.cvr();
		long id = this.api
			.post("/api/v1/organisations",
					Map.of("name", Fixtures.unique("Lægehus"), "type", "GENERAL_PRACTICE", "cvr", cvr))
			.id();
		Map<String, Object> renamed = Map.of("name", "Lægerne ved Åen", "type", "GENERAL_PRACTICE", "cvr", cvr);

		Api.Response changed = this.api.put("/api/v1/organisations/" + id, renamed, "\"0\"");
		Api.Response stale = this.api.put("/api/v1/organisations/" + id,
				Map.of("name", "Et andet navn", "type", "GENERAL_PRACTICE", "cvr", cvr), "\"0\"");
		Api.Response retyped = this.api.put("/api/v1/organisations/" + id,
				Map.of("name", "Lægerne ved Åen", "type", "PRIVATE_ORGANISATION", "cvr", cvr), changed.eTag());

		assertThat(changed.text("name")).isEqualTo("Lægerne ved Åen");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(retyped.text("rule")).isEqualTo("organisation-type-fixed");
		assertThat(this.api.get("/api/v1/organisations/" + id).text("name")).isEqualTo("Lægerne ved Åen");
	}

}
