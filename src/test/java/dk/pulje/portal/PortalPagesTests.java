package dk.pulje.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's pages over HTTP, as a browser without JavaScript uses them: another
 * organisation's application and decision letter are not there, a caseworker's page is
 * refused, and a form opened before someone else saved the draft does not overwrite what
 * they saved.
 */
@IntegrationTest
class PortalPagesTests {

	@LocalServerPort
	int port;

	private Api administrator;

	private Fixtures fixtures;

	private People.Person aarhus;

	private People.Person odense;

	private long openCall;

	@BeforeEach
	void twoApplicantsAndAnOpenCall() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
		People people = new People(this.administrator);
		this.aarhus = people.open(Role.APPLICANT, List.of(this.fixtures.organisation("751")));
		this.odense = people.open(Role.APPLICANT, List.of(this.fixtures.organisation("461")));
		long pool = this.fixtures.pool();
		LocalDateTime now = LocalDateTime.now(DanishTime.ZONE);
		this.openCall = this.fixtures.call(pool, "10000000.00", now.minusDays(1), now.plusDays(10));
	}

	@Test
	void anotherOrganisationsApplicationAndItsLetterAreNotThere() throws Exception {
		long closed = this.fixtures.closedCall(this.fixtures.pool(), "10000000.00");
		long decided = this.fixtures.submitted(closed, this.fixtures.organisation("751"), Map.of(2018, "100000.00"));
		assertThat(this.fixtures.grantInFull(decided).status()).isEqualTo(200);
		String title = this.administrator.get("/api/v1/applications/" + decided).text("title");
		SessionClient stranger = signedIn(this.odense);
		SessionClient owner = signedIn(this.aarhus);

		HttpResponse<String> page = stranger.get(url("/my/applications/" + decided));
		HttpResponse<String> letter = stranger.get(url("/applications/" + decided + "/decision-letter.pdf"));
		HttpResponse<String> ownLetter = owner.get(url("/applications/" + decided + "/decision-letter.pdf"));

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Siden findes ikke").doesNotContain(title);
		assertThat(letter.statusCode()).isEqualTo(404);
		assertThat(ownLetter.statusCode()).isEqualTo(200);
		assertThat(ownLetter.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(owner.get(url("/my/applications/" + decided)).body()).contains(title, "Tilsagn (det fulde beløb)");
	}

	@Test
	void anApplicantCannotChangeAnotherOrganisationsDraftOrReachCasework() throws Exception {
		long draft = this.fixtures.draft(this.openCall, this.fixtures.organisation("751"), Map.of(2019, "50000.00"));
		String title = this.administrator.get("/api/v1/applications/" + draft).text("title");
		SessionClient stranger = signedIn(this.odense);
		String token = stranger.csrfToken(url("/my"));

		HttpResponse<String> change = stranger.postForm(url("/my/applications/" + draft + "/basics"), "_csrf=" + token
				+ "&version=0&title=Overtaget&leadOrganisationId=" + this.fixtures.organisation("461"));

		assertThat(change.statusCode()).isEqualTo(404);
		assertThat(this.administrator.get("/api/v1/applications/" + draft).text("title")).isEqualTo(title);
		assertThat(stranger.get(url("/casework")).statusCode()).isEqualTo(403);
	}

	@Test
	void aFormOpenedBeforeSomeoneElseSavedDoesNotOverwriteWhatTheySaved() throws Exception {
		long lead = this.fixtures.organisation("751");
		long draft = this.fixtures.draft(this.openCall, lead, Map.of(2019, "50000.00"));
		SessionClient applicant = signedIn(this.aarhus);
		HttpResponse<String> form = applicant.get(url("/my/applications/" + draft + "/basics"));
		assertThat(Jsoup.parse(form.body()).selectFirst("main input[name=version]").val()).isEqualTo("0");
		Map<String, Object> meanwhile = this.fixtures.applicationRequest(this.openCall, lead, List.of(), "akut",
				Map.of(2019, "50000.00"));
		meanwhile.put("title", "Skrevet af en kollega");
		assertThat(this.administrator.put("/api/v1/applications/" + draft, meanwhile, "\"0\"").status()).isEqualTo(200);

		HttpResponse<String> saved = applicant.postForm(url("/my/applications/" + draft + "/basics"),
				"_csrf=" + applicant.csrfToken(url("/my")) + "&version=0&go=basics&title="
						+ URLEncoder.encode("Min egen titel", StandardCharsets.UTF_8) + "&leadOrganisationId=" + lead
						+ "&contentAreaCode=akut");

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Ansøgningen er ændret af en anden, siden du åbnede siden. Intet er gemt");
		assertThat(this.administrator.get("/api/v1/applications/" + draft).text("title"))
			.isEqualTo("Skrevet af en kollega");
	}

	@Test
	void aWrongFieldIsNamedInBothLanguagesAndNothingIsSaved() throws Exception {
		long lead = this.fixtures.organisation("751");
		long draft = this.fixtures.draft(this.openCall, lead, Map.of(2019, "50000.00"));
		SessionClient applicant = signedIn(this.aarhus);
		String form = "_csrf=" + applicant.csrfToken(url("/my")) + "&version=0&go=budget"
				+ "&budgetLines[0].year=2019&budgetLines[0].description=Løn&budgetLines[0].amount=mange+penge";

		HttpResponse<String> danish = applicant.postForm(url("/my/applications/" + draft + "/budget"), form);
		HttpResponse<String> english = applicant.postForm(url("/my/applications/" + draft + "/budget?lang=en"), form);

		assertThat(danish.body()).contains(
				"Beløb, linje 1: er ikke et beløb i kroner på højst 100 mia. kr. (fx 1.250.000 eller 1250000,50)");
		assertThat(english.body()).contains(
				"Amount, line 1: is not an amount in kroner of at most 100 billion (e.g. 1,250,000 or 1250000.50)");
		assertThat(this.administrator.get("/api/v1/applications/" + draft)
			.body()
			.path("budgetLines")
			.get(0)
			.path("amount")
			.asString()).isEqualTo("50000.00");
	}

	private SessionClient signedIn(People.Person person) throws Exception {
		SessionClient browser = new SessionClient();
		HttpResponse<String> login = browser.signIn(url(""), person.username(), person.password());
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/start");
		return browser;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
