package dk.pulje.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
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

import static dk.pulje.StaffPages.filledIn;
import static dk.pulje.StaffPages.page;
import static dk.pulje.StaffPages.redirect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker takes a granted project to follow up: the queue then shows it as theirs
 * and can be narrowed to their own projects or to those nobody has taken; only the
 * authority's active staff can be given a project, two caseworkers giving it at once do
 * not overwrite each other unseen, and applicants neither see nor change who it is.
 */
@IntegrationTest
class CaseworkerTests {

	@LocalServerPort
	int port;

	Api administrator;

	People.Person caseworker;

	long project;

	long pool;

	long organisation;

	@BeforeEach
	void grantAProject() {
		this.administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(this.administrator);
		this.pool = fixtures.poolWithoutAudit();
		long call = fixtures.closedCall(this.pool, "2000000.00");
		this.organisation = fixtures.organisation("751");
		fixtures.grantInFull(fixtures.submitted(call, this.organisation, Map.of(2018, "600000.00")));
		this.project = this.administrator.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		this.caseworker = new People(this.administrator).open(Role.CASEWORKER, List.of());
	}

	private String caseworkerOf(String filter) {
		Api.Response obligations = this.administrator
			.get("/api/v1/reports/obligations?poolId=" + this.pool + "&caseworker=" + filter);
		JsonNode caseworker = obligations.body().path("items").path(0).path("caseworker");
		return obligations.body().path("items").size() + ":"
				+ (caseworker.isNull() || caseworker.isMissingNode() ? "" : caseworker.asString());
	}

	@Test
	void aProjectGivenToACaseworkerIsTheirsInTheQueue() {
		assertThat(caseworkerOf("-")).isEqualTo("1:");

		Api.Response given = this.administrator.put("/api/v1/granted-projects/" + this.project + "/caseworker",
				Map.of("caseworker", this.caseworker.username()), "0");

		assertThat(given.status()).as(given.body().toString()).isEqualTo(200);
		assertThat(given.text("caseworker")).isEqualTo(this.caseworker.username());
		assertThat(given.header("ETag")).isEqualTo("\"1\"");
		assertThat(caseworkerOf(this.caseworker.username())).isEqualTo("1:" + this.caseworker.username());
		assertThat(caseworkerOf("-")).isEqualTo("0:");
	}

	@Test
	void onlyAnActiveCaseworkerCanBeGivenAProjectAndAStaleVersionIsRefused() {
		People.Person applicant = new People(this.administrator).open(Role.APPLICANT, List.of(this.organisation));
		String path = "/api/v1/granted-projects/" + this.project + "/caseworker";

		Api.Response notStaff = this.administrator.put(path, Map.of("caseworker", applicant.username()), "0");
		Api.Response first = this.administrator.put(path, Map.of("caseworker", this.caseworker.username()), "0");
		String other = new People(this.administrator).open(Role.CASEWORKER, List.of()).username();
		Api.Response stale = this.administrator.put(path, Map.of("caseworker", other), "0");

		assertThat(notStaff.status()).isEqualTo(422);
		assertThat(notStaff.body().path("errors").get(0).path("field").asString()).isEqualTo("caseworker");
		assertThat(first.status()).isEqualTo(200);
		assertThat(stale.status()).isIn(409, 412);
		assertThat(this.administrator.get(path).text("caseworker")).isEqualTo(this.caseworker.username());
		assertThat(applicant.api().get(path).status()).isEqualTo(403);
		assertThat(applicant.api().put(path, Map.of("caseworker", applicant.username()), "1").status()).isEqualTo(403);
		assertThat(applicant.api()
			.get("/api/v1/reports/obligations")
			.body()
			.path("items")
			.path(0)
			.path("caseworker")
			.isNull()).as("an applicant is not told who follows its project up").isTrue();
	}

	@Test
	void aCaseworkerTakesTheProjectFromItsPageAndFindsItUnderMine() {
		StaffPages pages = StaffPages.signedIn(this.port, this.caseworker);
		Document project = pages.get("/casework/projects/" + this.project);
		assertThat(project.getElementById("followed-by").text()).contains("Ingen har taget projektet");

		String taken = redirect(pages.post("/casework/projects/" + this.project + "/caseworker",
				filledIn(project, "caseworker", this.caseworker.username())));
		String other = new People(this.administrator).open(Role.CASEWORKER, List.of()).username();
		Document stale = page(pages.post("/casework/projects/" + this.project + "/caseworker", "caseworkerVersion", "0",
				"caseworker", other));

		assertThat(pages.get(taken).getElementById("followed-by").text()).contains(this.caseworker.username());
		assertThat(stale.getElementById("caseworker-error").text()).contains("En anden har givet projektet");
		Document mine = pages.get("/casework/reports?caseworker=mine&poolId=" + this.pool);
		assertThat(mine.getElementById("queue").text()).contains(this.caseworker.username());
		Document nobodys = pages.get("/casework/reports?caseworker=-&poolId=" + this.pool);
		assertThat(nobodys.getElementById("queue")).isNull();
	}

	@Test
	void theQueueFindsAPoolByAnyPartOfItsName() {
		StaffPages pages = StaffPages.signedIn(this.port, this.caseworker);
		String name = this.administrator.get("/api/v1/pools/" + this.pool).body().path("name").asString();
		String part = name.substring(name.length() - 12).toUpperCase(Locale.ROOT);

		Document found = pages.get("/casework/reports?pool=" + URLEncoder.encode(part, StandardCharsets.UTF_8));

		assertThat(found.select("#queue tbody tr")).hasSize(1);
		assertThat(found.select("#queue tbody td").get(1).text()).isEqualTo(name);
		assertThat(found.getElementById("pool").val()).as("the field keeps what was typed").isEqualTo(part);
		assertThat(pages.get("/casework/reports?poolId=" + this.pool).getElementById("pool").val())
			.as("a link to one pool's reports names it in the field")
			.isEqualTo(name);
		assertThat(pages.get("/casework/reports?pool=" + URLEncoder.encode(name + "%", StandardCharsets.UTF_8))
			.getElementById("queue")).as("a % is searched for as written").isNull();
	}

}
