package dk.pulje.followup.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.StaffPages;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker sets up a follow-up group like seed 003's on the pages and keeps its
 * record: a meeting expected as announced and then held, with minutes; a milestone that
 * is late until it is reached; a barrier and what was done about it. The public reads the
 * group without the minutes and the barriers; refused forms store nothing.
 */
@IntegrationTest
class FollowUpEditorTests {

	@LocalServerPort
	int port;

	Api administrator;

	SessionClient caseworker;

	String token;

	long group;

	@BeforeEach
	void aGroupSetUpOnThePages() throws Exception {
		this.administrator = Api.asAdministrator(this.port);
		People.Person person = new People(this.administrator).open(Role.CASEWORKER, List.of());
		this.caseworker = new SessionClient();
		this.caseworker.signIn(url(""), person.username(), person.password());
		this.token = this.caseworker.csrfToken(url("/casework/follow-up-groups/new"));
		HttpResponse<String> created = post("/casework/follow-up-groups/new",
				"name=" + encode(Fixtures.unique("Følgegruppe for kronisk sygdom"))
						+ "&meetingRhythm=hver+1.-2.+m%C3%A5ned" + "&tasks="
						+ encode("Give input til implementeringsplanen\nFølge initiativernes fremdrift"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		this.group = Long.parseLong(created.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*/follow-up-groups/(\\d+).*", "$1"));
	}

	@Test
	void aMeetingIsExpectedThenHeldAndItsMinutesStayInternal() throws Exception {
		HttpResponse<String> undated = post(editing("/meetings/new"), "version=0&title=F%C3%B8rste+m%C3%B8de");
		Document page = StaffPages.page(undated);
		assertThat(page.getElementById("heldOn-error")).isNotNull();
		assertThat(page.getElementById("title").val()).isEqualTo("Første møde");

		assertThat(post(editing("/meetings/new"), "version=0&expected=februar+2015&title=F%C3%B8rste+m%C3%B8de")
			.statusCode()).isEqualTo(302);
		assertThat(post(editing("/meetings/1/edit"), "version=1&heldOn=2015-02-12&title=F%C3%B8rste+m%C3%B8de"
				+ "&minutes=Gruppen+dr%C3%B8ftede+sundhedstjek")
			.statusCode()).isEqualTo(302);

		String staff = this.caseworker.get(url(path(""))).body();
		String visitor = new SessionClient().get(url(path(""))).body();
		assertThat(staff).contains("12. februar 2015", "Gruppen drøftede sundhedstjek", "hver 1.-2. måned",
				"Følge initiativernes fremdrift");
		assertThat(visitor).contains("12. februar 2015")
			.doesNotContain("Gruppen drøftede sundhedstjek")
			.doesNotContain(editing("/meetings/1/edit"));
	}

	@Test
	void aMilestoneIsLateUntilItIsReached() throws Exception {
		post(editing("/milestones/new"),
				"version=0&title=Implementeringsplan+klar&initiative=Sundhedstjek&dueOn=2015-06-01");
		assertThat(this.caseworker.get(url(path(""))).body()).contains("Implementeringsplan klar", "Forsinket");

		post(editing("/milestones/1/edit"),
				"version=1&title=Implementeringsplan+klar&dueOn=2015-06-01&reachedOn=2015-05-20");

		assertThat(this.caseworker.get(url(path(""))).body()).contains("Nået 20. maj 2015").doesNotContain("Forsinket");
	}

	@Test
	void aBarrierResolvedBeforeItWasNotedIsRefusedAndTheLogIsInternal() throws Exception {
		HttpResponse<String> refused = post(editing("/barriers/new"),
				"version=0&notedOn=2015-03-01" + "&description=Data+deles+ikke+mellem+sektorer&resolvedOn=2015-02-01");

		Document page = StaffPages.page(refused);
		assertThat(page.getElementById("resolvedOn-error")).isNotNull();
		assertThat(page.getElementById("description").text()).isEqualTo("Data deles ikke mellem sektorer");
		assertThat(this.administrator.get("/api/v1/follow-up-groups/" + this.group).body().path("barriers").size())
			.isZero();

		assertThat(
				post(editing("/barriers/new"),
						"version=0&notedOn=2015-03-01&description=Data+deles+ikke"
								+ "&actionTaken=Aftale+om+datadeling&resolvedOn=2015-09-01")
					.statusCode())
			.isEqualTo(302);
		assertThat(this.caseworker.get(url(path(""))).body()).contains("Data deles ikke", "Aftale om datadeling");
		assertThat(new SessionClient().get(url(path(""))).body()).doesNotContain("Data deles ikke");
	}

	@Test
	void aFormOpenedBeforeSomeoneElseSavedIsNamedAsTheGroupsAndDoesNotOverwrite() throws Exception {
		post(editing("/meetings/new"), "version=0&expected=marts+2015");

		HttpResponse<String> stale = post(editing("/milestones/new"), "version=0&title=Plan&dueOn=2015-06-01");

		assertThat(StaffPages.page(stale).getElementById("group-error").text())
			.startsWith("Opfølgningsgruppen er ændret af en anden");
		assertThat(this.administrator.get("/api/v1/follow-up-groups/" + this.group).body().path("milestones").size())
			.isZero();
	}

	@Test
	void anApplicantCannotOpenAGroupsEditors() throws Exception {
		People.Person applicant = new People(this.administrator).open(Role.APPLICANT,
				List.of(new Fixtures(this.administrator).organisation("101")));
		SessionClient session = new SessionClient();
		session.signIn(url(""), applicant.username(), applicant.password());
		assertThat(session.get(url(editing("/meetings/new"))).statusCode()).isEqualTo(403);
	}

	@Test
	void appointingOrganisationsAndTheirMembersAreRecordedAndAMemberMustNameAKnownOrganisation() throws Exception {
		HttpResponse<String> unknown = post(editing("/members"), "version=0&appointers[0].no=1"
				+ "&appointers[0].name=Danske+Regioner&members[0].no=2&members[0].name=Anne+Hansen");
		HttpResponse<String> saved = post(editing("/members"),
				"version=0&appointers[0].no=1"
						+ "&appointers[0].name=Danske+Regioner&appointers[1].no=2&appointers[1].name=KL"
						+ "&members[0].no=2&members[0].name=Anne+Hansen&members[0].position=Kontorchef");

		Document page = StaffPages.page(unknown);
		assertThat(page.getElementById("member-0-no-error")).isNotNull();
		assertThat(page.getElementById("member-0-name").val()).isEqualTo("Anne Hansen");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(new SessionClient().get(url(path(""))).body()).contains("Danske Regioner", "KL",
				"Anne Hansen (Kontorchef)");
	}

	private String path(String rest) {
		return "/follow-up-groups/" + this.group + rest;
	}

	/** Where the authority's staff keep the group's record. */
	private String editing(String rest) {
		return "/casework" + path(rest);
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.caseworker.postForm(url(path), "_csrf=" + encode(this.token) + "&" + form);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
