package dk.pulje.accounts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant invites someone from outside its organisation by e-mail address to work on
 * one application. The invitation goes out over SMTP; the invitee, signed in with an
 * account of that address, can work on that application and on nothing else of the
 * organisation's.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "pulje.test.db-name=mail" })
class CoAuthorTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	Api administrator;

	Fixtures fixtures;

	People people;

	People.Person applicant;

	long call;

	long aarhus;

	@BeforeEach
	void anApplicantOfAarhusWithTwoDrafts() {
		this.administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.administrator);
		this.people = new People(this.administrator);
		this.aarhus = this.fixtures.organisation("751");
		this.applicant = this.people.open(Role.APPLICANT, List.of(this.aarhus));
		LocalDateTime now = DanishTime.of(Instant.now()).toLocalDateTime().withNano(0);
		this.call = this.fixtures.call(this.fixtures.pool(), "1000000.00", now.minusDays(1), now.plusDays(30));
	}

	private Api.Response draft() {
		return this.applicant.api()
			.post("/api/v1/applications", this.fixtures.applicationRequest(this.call, this.aarhus, List.of(), "akut",
					Map.of(2018, "1000.00")));
	}

	@Test
	void theInviteeIsMailedAndWorksOnThatApplicationOnly() throws Exception {
		Api.Response invitedTo = draft();
		Api.Response other = draft();
		String email = Fixtures.unique("medforfatter").replace(" ", ".") + "@example.dk";

		Api.Response invited = this.applicant.api()
			.post("/api/v1/applications/" + invitedTo.id() + "/co-authors", Map.of("email", email));
		People.Person invitee = openWithEmail(email, this.fixtures.organisation("461"));

		assertThat(invited.body().path("coAuthors").get(0).asString()).isEqualTo(email);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject()).contains(invitedTo.text("title"));
		assertThat(GreenMailUtil.getBody(mail)).contains("/login");
		assertThat(invitee.api().get("/api/v1/applications/" + invitedTo.id()).status()).isEqualTo(200);
		assertThat(invitee.api().get("/api/v1/applications/" + other.id()).status()).isEqualTo(404);
		assertThat(invitee.api()
			.get("/api/v1/applications?callId=" + this.call)
			.body()
			.path("items")
			.findValuesAsString("title")).containsExactly(invitedTo.text("title"));
		Map<String, Object> revised = this.fixtures.applicationRequest(this.call, this.aarhus, List.of(), "akut",
				Map.of(2018, "2000.00"));
		assertThat(invitee.api().put("/api/v1/applications/" + invitedTo.id(), revised, "\"1\"").status())
			.isEqualTo(200);
	}

	@Test
	void someoneElseCannotInviteThemselvesToAnApplication() {
		Api.Response application = draft();
		People.Person stranger = this.people.open(Role.APPLICANT, List.of(this.fixtures.organisation("461")));

		Api.Response attempt = stranger.api()
			.post("/api/v1/applications/" + application.id() + "/co-authors", Map.of("email", "me@example.dk"));

		assertThat(attempt.status()).isEqualTo(404);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anInvitationNeedsAnEmailAddress() {
		Api.Response application = draft();

		Api.Response refused = this.applicant.api()
			.post("/api/v1/applications/" + application.id() + "/co-authors", Map.of("email", "ikke en adresse"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("email");
	}

	private People.Person openWithEmail(String email, long organisation) {
		String username = Fixtures.unique("invitee").replace(" ", "-");
		Api.Response opened = this.administrator.post("/api/v1/accounts", Map.of("username", username, "email", email,
				"role", "APPLICANT", "organisationIds", List.of(organisation)));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		String password = opened.body().path("initialPassword").asString();
		return new People.Person(opened.body().path("account").path("id").asLong(), username, password,
				this.administrator.withPassword(username, password));
	}

}
