package dk.pulje.casework;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

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
 * A caseworker records payments on a granted application's page, as a browser without
 * JavaScript does; the applicant reads what has been paid on its own page and cannot
 * record anything.
 */
@IntegrationTest
class PaymentPagesTests {

	@LocalServerPort
	int port;

	Api administrator;

	People.Person caseworker;

	People.Person applicant;

	long application;

	long project;

	@BeforeEach
	void aGrantedApplication() {
		this.administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(this.administrator);
		People people = new People(this.administrator);
		long aarhus = fixtures.organisation("751");
		this.caseworker = people.open(Role.CASEWORKER, List.of());
		this.applicant = people.open(Role.APPLICANT, List.of(aarhus));
		long call = fixtures.closedCall(fixtures.pool(), "2000000.00");
		this.application = fixtures.submitted(call, aarhus, Map.of(2018, "600000.00", 2019, "400000.00"));
		assertThat(fixtures.grantInFull(this.application).status()).isEqualTo(200);
		this.project = this.administrator.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
	}

	@Test
	void aPaymentAboveTheGrantIsNamedAtItsFieldAndNotRecorded() throws Exception {
		SessionClient casework = signedIn(this.caseworker);
		String page = url("/casework/applications/" + this.application);
		String token = casework.csrfToken(page);

		HttpResponse<String> refused = casework.postForm(page + "/payments", "_csrf=" + token
				+ "&version=0&kind=PAYMENT&paidOn=2018-02-01&fiscalYear=2018&amount=700.000&reference=B-17");

		Document shownAgain = StaffPages.page(refused);
		assertThat(shownAgain.getElementById("amount-error").text()).contains("600.000 kr.");
		assertThat(shownAgain.getElementById("amount").val()).isEqualTo("700.000");
		assertThat(shownAgain.getElementById("reference").val()).isEqualTo("B-17");
		assertThat(paidTotal()).isEqualTo("0.00");
	}

	@Test
	void aPaymentWithinTheGrantIsRecordedAndShownToTheApplicant() throws Exception {
		SessionClient casework = signedIn(this.caseworker);
		String page = url("/casework/applications/" + this.application);
		String token = casework.csrfToken(page);

		HttpResponse<String> paid = casework.postForm(page + "/payments", "_csrf=" + token
				+ "&version=0&kind=PAYMENT&paidOn=2018-02-01&fiscalYear=2018&amount=400.000,00&reference=B-17");

		assertThat(paid.statusCode()).isEqualTo(302);
		assertThat(paid.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("?paid"));
		assertThat(casework.get(page + "?paid").body()).contains("Udbetalingen er registreret.",
				"Mangler at blive udbetalt", "600.000 kr.");
		assertThat(paidTotal()).isEqualTo("400000.00");

		HttpResponse<String> own = signedIn(this.applicant).get(url("/my/applications/" + this.application));
		assertThat(own.body()).contains("Udbetalinger", "1. februar 2018", "400.000 kr.", "B-17")
			.doesNotContain("Registrér en udbetaling");
	}

	@Test
	void aMissingDateAndAnUnreadableAmountAreBothNamed() throws Exception {
		SessionClient casework = signedIn(this.caseworker);
		String page = url("/casework/applications/" + this.application);

		HttpResponse<String> refused = casework.postForm(page + "/payments", "_csrf=" + casework.csrfToken(page)
				+ "&version=0&kind=PAYMENT&paidOn=&fiscalYear=2018&amount=fire+tusind");

		Document shownAgain = StaffPages.page(refused);
		assertThat(shownAgain.getElementById("error-summary-title").text()).startsWith("Ret 2 fejl");
		assertThat(shownAgain.getElementById("paidOn-error")).isNotNull();
		assertThat(shownAgain.getElementById("amount-error")).isNotNull();
		assertThat(paidTotal()).isEqualTo("0.00");
	}

	@Test
	void anApplicantCannotRecordAPayment() throws Exception {
		SessionClient own = signedIn(this.applicant);
		String token = own.csrfToken(url("/my"));

		HttpResponse<String> refused = own.postForm(url("/casework/applications/" + this.application + "/payments"),
				"_csrf=" + token + "&version=0&kind=PAYMENT&paidOn=2018-02-01&fiscalYear=2018&amount=1");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(paidTotal()).isEqualTo("0.00");
	}

	private String paidTotal() {
		return this.administrator.get("/api/v1/granted-projects/" + this.project).text("paidTotal");
	}

	private SessionClient signedIn(People.Person person) throws Exception {
		SessionClient client = new SessionClient();
		client.signIn(url(""), person.username(), person.password());
		return client;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
