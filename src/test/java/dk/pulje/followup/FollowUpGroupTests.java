package dk.pulje.followup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003's follow-up group from the demo data, and the rules of a group: members come
 * from its appointing organisations, milestones are due, late or reached by their dates,
 * and minutes and barriers stay internal.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class FollowUpGroupTests {

	@LocalServerPort
	int port;

	private Api administrator;

	private Api anonymous;

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
		this.anonymous = this.administrator.anonymous();
	}

	@Test
	void seed003sGroupHasItsTenAppointingOrganisationsTasksAndRhythm() throws Exception {
		JsonNode group = null;
		for (JsonNode g : this.anonymous.get("/api/v1/follow-up-groups").body()) {
			if (g.path("name").asString().equals("Følgegruppen for initiativerne for kronisk sygdom")) {
				group = g;
			}
		}
		assertThat(group).isNotNull();
		assertThat(group.path("appointers").size()).isEqualTo(10);
		assertThat(group.path("appointers").get(0).path("name").asString()).isEqualTo("Danske Regioner");
		assertThat(group.path("appointers").get(9).path("name").asString()).isEqualTo("Ergoterapifaglige selskaber");
		assertThat(group.path("tasks").size()).isEqualTo(5);
		assertThat(group.path("meetingRhythm").asString()).isEqualTo("hver 1.–2. måned");
		assertThat(group.path("establishedOn").asString()).isEqualTo("2015-02-18");
		JsonNode first = group.path("meetings").get(0).path("expected");
		assertThat(first.path("earliest").asString()).isEqualTo("2015-02-01");
		assertThat(first.path("latest").asString()).isEqualTo("2015-02-28");

		String page = Downloads.page(this.port, "/follow-up-groups/" + group.path("id").asLong()).body();
		assertThat(page)
			.contains("Medlemmerne udpeges af 10 organisationer", "Lægevidenskabelige Selskaber",
					"forventet februar 2015")
			.doesNotContain("Barrierer");
	}

	@Test
	void milestonesAreReadByTheirDatesAndMinutesAndBarriersStayInternal() {
		Map<String, Object> request = Map.of("name", Fixtures.unique("Følgegruppe"), "appointers",
				List.of(Map.of("no", 1, "name", "KL")), "members",
				List.of(Map.of("appointerNo", 1, "name", "Anne Jensen", "position", "konsulent")), "meetings",
				List.of(Map.of("heldOn", "2015-03-02", "title", "Første møde", "minutes", "Fortroligt referat.")),
				"milestones",
				List.of(Map.of("title", "Implementeringsplan", "dueOn", "2015-06-01"),
						Map.of("title", "Evaluering", "dueOn", "2099-12-31"),
						Map.of("title", "Forløbsplaner", "dueOn", "2016-01-01", "reachedOn", "2016-03-01")),
				"barriers", List.of(Map.of("notedOn", "2015-04-01", "description", "Mangel på data", "actionTaken",
						"Aftale med regionerne", "resolvedOn", "2015-05-01")));
		long id = this.administrator.post("/api/v1/follow-up-groups", request).id();

		JsonNode staff = this.administrator.get("/api/v1/follow-up-groups/" + id).body();
		JsonNode everyone = this.anonymous.get("/api/v1/follow-up-groups/" + id).body();

		assertThat(staff.path("milestones").get(0).path("state").asString()).isEqualTo("LATE");
		assertThat(staff.path("milestones").get(1).path("state").asString()).isEqualTo("DUE");
		assertThat(staff.path("milestones").get(2).path("state").asString()).isEqualTo("REACHED_LATE");
		assertThat(staff.path("meetings").get(0).path("minutes").asString()).isEqualTo("Fortroligt referat.");
		assertThat(staff.path("barriers").size()).isEqualTo(1);
		assertThat(everyone.path("meetings").get(0).path("minutes").isNull()).isTrue();
		assertThat(everyone.path("barriers").size()).isZero();
		assertThat(everyone.path("appointers").get(0).path("members").get(0).path("name").asString())
			.isEqualTo("Anne Jensen");
	}

	@Test
	void aMemberIsAppointedByOneOfTheGroupsOrganisations() {
		Api.Response refused = this.administrator.post("/api/v1/follow-up-groups",
				Map.of("name", Fixtures.unique("Følgegruppe"), "appointers", List.of(Map.of("no", 1, "name", "KL")),
						"members", List.of(Map.of("appointerNo", 2, "name", "Ukendt"))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("members[0].appointerNo");
		assertThat(this.anonymous.post("/api/v1/follow-up-groups", Map.of("name", "x")).status()).isEqualTo(401);
	}

}
