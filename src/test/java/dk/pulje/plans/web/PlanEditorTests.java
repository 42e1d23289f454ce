package dk.pulje.plans.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.StaffPages;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee secretary records seed 002's plan on the pages, as a browser without
 * JavaScript does: the basics, a track with its focus areas and initiatives, an
 * indicator, and the years 2017 and 2018; the status report then shows the assessment,
 * the status and the indicator's change. Refused forms name their fields and store
 * nothing.
 */
@IntegrationTest
class PlanEditorTests {

	@LocalServerPort
	int port;

	Api administrator;

	SessionClient secretary;

	String token;

	String name;

	@BeforeEach
	void aCaseworkerSignedIn() throws Exception {
		this.administrator = Api.asAdministrator(this.port);
		People.Person caseworker = new People(this.administrator).open(Role.CASEWORKER, List.of());
		this.secretary = new SessionClient();
		this.secretary.signIn(url(""), caseworker.username(), caseworker.password());
		this.token = this.secretary.csrfToken(url("/casework/plans/new"));
		this.name = Fixtures.unique("Københavns diabeteshandleplan");
	}

	@Test
	void aPlanIsRecordedOnThePagesAndItsStatusReportFollows() throws Exception {
		long plan = newPlan();

		assertThat(post("/casework/plans/" + plan + "/tracks/new",
				"version=0&no=1&title=Ulighed+skal+reduceres"
						+ "&areas[0].no=1&areas[0].title=Opsporing+i+udsatte+boligomr%C3%A5der"
						+ "&initiatives[0].no=1&initiatives[0].area=1&initiatives[0].title=Udg%C3%A5ende+rehabilitering"
						+ "&initiatives[0].partners=Bydelen")
			.statusCode()).isEqualTo(302);
		assertThat(post("/casework/plans/" + plan + "/indicators",
				"version=1&rows[0].no=1" + "&rows[0].name=K%C3%B8benhavnere+i+forl%C3%B8b&rows[0].unit=borgere")
			.statusCode()).isEqualTo(302);
		assertThat(post("/casework/plans/" + plan + "/year?year=2017", "version=2&value[1]=861&approximate[1]=true")
			.statusCode()).isEqualTo(302);
		HttpResponse<String> year = post("/casework/plans/" + plan + "/year?year=2018",
				"version=3&progress[1]=GOOD_PROGRESS"
						+ "&reasoning[1]=Flere+borgere+er+n%C3%A5et&status[1]=UNDER_WAY&value[1]=1.076");

		assertThat(year.statusCode()).isEqualTo(302);
		String report = this.secretary.get(url("/plans/" + plan + "?year=2018")).body();
		assertThat(report).contains("God fremdrift", "Flere borgere er nået", "Udgående rehabilitering", "I gang")
			.containsSubsequence("Københavnere i forløb", "861", "1.076", "215", "25");
		Document yearForm = StaffPages.page(this.secretary.get(url("/casework/plans/" + plan + "/year?year=2018")));
		assertThat(yearForm.getElementById("value-1").val()).isEqualTo("1076");
		assertThat(yearForm.getElementById("reasoning-1").text()).isEqualTo("Flere borgere er nået");
	}

	@Test
	void aPlanWithoutANameIsNamedAtTheFieldAndNotStored() throws Exception {
		HttpResponse<String> refused = post("/casework/plans/new",
				"owner=K%C3%B8benhavns+Kommune&firstYear=2016&lastYear=20l9");

		Document page = StaffPages.page(refused);
		assertThat(page.getElementById("error-summary-title").text()).startsWith("Ret 2 fejl");
		assertThat(page.getElementById("name-error")).isNotNull();
		assertThat(page.getElementById("lastYear-error")).isNotNull();
		assertThat(page.getElementById("owner").val()).isEqualTo("Københavns Kommune");
	}

	@Test
	void aTrackWhoseInitiativeNamesAnUnknownFocusAreaIsRefusedAtThatField() throws Exception {
		long plan = newPlan();

		HttpResponse<String> refused = post("/casework/plans/" + plan + "/tracks/new",
				"version=0&no=1&title=Spor"
						+ "&areas[0].no=1&areas[0].title=Omr%C3%A5de&initiatives[0].no=1&initiatives[0].area=9"
						+ "&initiatives[0].title=Indsats");

		Document page = StaffPages.page(refused);
		assertThat(page.getElementById("initiative-0-area-error")).isNotNull();
		assertThat(page.getElementById("initiative-0-title").val()).isEqualTo("Indsats");
		assertThat(this.administrator.get("/api/v1/action-plans/" + plan).body().path("tracks").size()).isZero();
	}

	@Test
	void anInitiativeWithAStatusCannotBeRemoved() throws Exception {
		long plan = planWithACompletedInitiative();

		HttpResponse<String> removal = post("/casework/plans/" + plan + "/tracks/1/edit", "version=2&no=1&title=Spor");

		assertThat(StaffPages.page(removal).getElementById("plan-error")).isNotNull();
		assertThat(this.administrator.get("/api/v1/action-plans/" + plan)
			.body()
			.path("tracks")
			.get(0)
			.path("initiatives")
			.size()).isEqualTo(1);
	}

	@Test
	void aYearFormOpenedBeforeSomeoneElseSavedIsNamedAsThePlansAndDoesNotOverwrite() throws Exception {
		long plan = planWithACompletedInitiative();

		HttpResponse<String> stale = post("/casework/plans/" + plan + "/year?year=2018", "version=1&status[1]=DELAYED");

		assertThat(StaffPages.page(stale).getElementById("plan-error").text())
			.startsWith("Handleplanen er ændret af en anden");
		String stored = this.administrator.get("/api/v1/action-plans/" + plan).body().toString();
		assertThat(stored).contains("\"status\":\"COMPLETED\"").doesNotContain("DELAYED");
	}

	/**
	 * A plan with one track whose one initiative was completed in 2018 (at version 2).
	 */
	private long planWithACompletedInitiative() throws Exception {
		long plan = newPlan();
		post("/casework/plans/" + plan + "/tracks/new",
				"version=0&no=1&title=Spor&initiatives[0].no=1" + "&initiatives[0].title=Indsats");
		post("/casework/plans/" + plan + "/year?year=2018", "version=1&status[1]=COMPLETED");
		return plan;
	}

	@Test
	void onlyTheAuthoritysStaffReachTheEditor() throws Exception {
		long plan = newPlan();
		People.Person applicant = new People(this.administrator).open(Role.APPLICANT,
				List.of(new Fixtures(this.administrator).organisation("101")));
		SessionClient applicantSession = new SessionClient();
		applicantSession.signIn(url(""), applicant.username(), applicant.password());

		assertThat(applicantSession.get(url("/casework/plans/" + plan + "/edit")).statusCode()).isEqualTo(403);
		assertThat(new SessionClient().get(url("/casework/plans/" + plan + "/year?year=2018")).statusCode())
			.isEqualTo(302);
		assertThat(new SessionClient().get(url("/plans/" + plan)).statusCode()).isEqualTo(200);
		assertThat(new SessionClient().get(url("/plans/" + plan)).body())
			.doesNotContain("/casework/plans/" + plan + "/edit");
	}

	@Test
	void anInitiativeKeepsItsProgrammeAndItsPoolWhenItsTrackIsChangedOnThePage() throws Exception {
		long plan = newPlan();
		long programme = this.administrator
			.post("/api/v1/programmes", Map.of("name", Fixtures.unique("Diabetesprogram"), "kind", "PROGRAMME"))
			.id();
		long pool = new Fixtures(this.administrator).pool();
		post("/casework/plans/" + plan + "/tracks/new", "version=0&no=1&title=Spor&initiatives[0].no=1"
				+ "&initiatives[0].title=Indsats&initiatives[0].programme=" + programme);
		ObjectNode stored = (ObjectNode) this.administrator.get("/api/v1/action-plans/" + plan).body();
		((ObjectNode) stored.path("tracks").get(0).path("initiatives").get(0)).put("poolId", pool);
		assertThat(this.administrator.put("/api/v1/action-plans/" + plan, stored, "\"1\"").status()).isEqualTo(200);

		HttpResponse<String> changed = post("/casework/plans/" + plan + "/tracks/1/edit",
				"version=2&no=1&title=Spor"
						+ "&initiatives[0].no=1&initiatives[0].title=Indsats+med+nyt+navn&initiatives[0].programme="
						+ programme);

		assertThat(changed.statusCode()).isEqualTo(302);
		var initiative = this.administrator.get("/api/v1/action-plans/" + plan)
			.body()
			.path("tracks")
			.get(0)
			.path("initiatives")
			.get(0);
		assertThat(initiative.path("title").asString()).isEqualTo("Indsats med nyt navn");
		assertThat(initiative.path("programmeId").asLong()).isEqualTo(programme);
		assertThat(initiative.path("poolId").asLong()).isEqualTo(pool);
	}

	@Test
	void aFundingTableIsTypedAsPrintedAndATotalThatDisagreesIsFlagged() throws Exception {
		long plan = newPlan();

		HttpResponse<String> unreadable = post("/casework/plans/" + plan + "/funding",
				"version=0&rows[0].no=1" + "&rows[0].label=Tingbjerg&rows[0].amount[2017]=1,2+mio");
		HttpResponse<String> saved = post("/casework/plans/" + plan + "/funding", "version=0&rows[0].no=1"
				+ "&rows[0].label=Tingbjerg&rows[0].amount[2017]=1.200.000&rows[0].amount[2018]=500.000"
				+ "&rows[0].capital[2018]=true&rows[1].no=2&rows[1].label=Mentorer&rows[1].amount[2017]=1.100.000"
				+ "&stated[2017]=2%2C1+mio.+kr.");

		Document page = StaffPages.page(unreadable);
		assertThat(page.getElementById("row-0-2017-error")).isNotNull();
		assertThat(page.getElementById("row-0-label").val()).isEqualTo("Tingbjerg");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.secretary.get(url("/plans/" + plan)).body())
			.contains("Totalen for 2017 er trykt som 2,1 mio. kr., men rækkerne giver 2,3 mio. kr.");
		var totals = this.administrator.get("/api/v1/action-plans/" + plan).body().path("funding").path("totals");
		assertThat(totals.get(1).path("column").asString()).isEqualTo("2018");
		assertThat(totals.get(1).path("capital").asString()).isEqualTo("500000.00");
	}

	@Test
	void aPlanMarkedInternalIsHiddenFromThePublic() throws Exception {
		HttpResponse<String> created = post("/casework/plans/new", "name=" + encode(this.name) + "&internal=true");
		String plan = created.headers().firstValue("Location").orElseThrow().replaceAll(".*(/plans/\\d+).*", "$1");

		assertThat(new SessionClient().get(url(plan)).statusCode()).isEqualTo(404);
		assertThat(this.secretary.get(url(plan)).body()).contains(this.name);
	}

	private long newPlan() throws Exception {
		HttpResponse<String> created = post("/casework/plans/new",
				"name=" + encode(this.name)
						+ "&owner=K%C3%B8benhavns+Kommune&adoptedBy=Sundheds-+og+Omsorgsudvalget&adoptedOn=2016-08-18"
						+ "&firstYear=2016&lastYear=2019");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceAll(".*/plans/(\\d+).*", "$1"));
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.secretary.postForm(url(path), "_csrf=" + encode(this.token) + "&" + form);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
