package dk.pulje.funding.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker records a programme on its page, as the pools of seed 002's action plan
 * belong to one, and changes it; a change made meanwhile by someone else is named as the
 * programme's and is not written over.
 */
@IntegrationTest
class ProgrammeEditorTests {

	@LocalServerPort
	int port;

	StaffPages caseworker;

	@BeforeEach
	void signIn() {
		this.caseworker = StaffPages.caseworker(this.port);
	}

	@Test
	void aProgrammeRecordedOnItsPageIsListed() {
		String name = Fixtures.unique("National handlingsplan for demens 2025");

		String saved = StaffPages.redirect(this.caseworker.post("/casework/programmes/new", "name", name, "kind",
				"ACTION_PLAN", "owner", "Sundheds- og Ældreministeriet", "firstYear", "2016", "lastYear", "2025",
				"statedTotal", "470 mio. kr."));

		assertThat(saved).isEqualTo("/casework/programmes?saved");
		assertThat(this.caseworker.get(saved).select("table td").eachText()).contains(name);
	}

	@Test
	void aYearThatIsNoNumberIsNamedAtItsInput() {
		Document refused = StaffPages.page(this.caseworker.post("/casework/programmes/new", "name",
				Fixtures.unique("Program"), "kind", "PROGRAMME", "firstYear", "tjuesekstén"));

		assertThat(refused.getElementById("firstYear-error").text()).isNotBlank();
		assertThat(refused.getElementById("firstYear").val()).isEqualTo("tjuesekstén");
	}

	@Test
	void aProgrammeChangedMeanwhileIsNamedAsTheProgramme() {
		String saved = StaffPages.redirect(this.caseworker.post("/casework/programmes/new", "name",
				Fixtures.unique("Program for sundhedsfremme"), "kind", "PROGRAMME"));
		assertThat(saved).isNotBlank();
		long id = Api.asAdministrator(this.port)
			.get("/api/v1/programmes?size=1&sort=id,desc")
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		Document form = this.caseworker.get("/casework/programmes/" + id + "/edit");

		StaffPages.redirect(this.caseworker.post("/casework/programmes/" + id + "/edit",
				StaffPages.filledIn(form, "owner", "Sundhedsstyrelsen")));
		Document stale = StaffPages.page(this.caseworker.post("/casework/programmes/" + id + "/edit",
				StaffPages.filledIn(form, "owner", "Danske Regioner")));

		assertThat(stale.getElementById("programme-error").text()).startsWith("Programmet er ændret af en anden");
	}

}
