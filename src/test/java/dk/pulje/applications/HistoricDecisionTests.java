package dk.pulje.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision a board made earlier is registered afterwards with its own day: the grant
 * dates from that day, and who registered it, and when, is kept beside it. A day still to
 * come, or one before the application was received, is refused at its field.
 */
@IntegrationTest
class HistoricDecisionTests {

	@LocalServerPort
	int port;

	Api caseworker;

	long application;

	long call;

	@BeforeEach
	void anApplicationReceivedOn10December2017() {
		this.caseworker = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(this.caseworker);
		this.call = fixtures.closedCall(fixtures.pool(), "2000000.00");
		this.application = fixtures.submitted(this.call, fixtures.organisation("751"), Map.of(2018, "600000.00"));
	}

	private Api.Response decide(String decidedOn) {
		return this.caseworker.post("/api/v1/applications/" + this.application + "/decision",
				Map.of("outcome", "GRANTED_IN_FULL", "decidedOn", decidedOn));
	}

	@Test
	void aDecisionMadeEarlierKeepsItsDayAndWhoRegisteredIt() {
		Api.Response decided = decide("2017-12-20");

		assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
		assertThat(decided.body().path("decision").path("decidedAt").asString()).startsWith("2017-12-20");
		assertThat(decided.body().path("decision").path("registeredBy").asString()).isEqualTo("admin");
		assertThat(decided.body().path("decision").path("registeredAt").asString()).doesNotStartWith("2017");
		long project = this.caseworker.get("/api/v1/granted-projects?callId=" + this.call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		assertThat(this.caseworker.get("/api/v1/granted-projects/" + project).text("grantedAt"))
			.startsWith("2017-12-20");
		Document page = StaffPages.caseworker(this.port).get("/casework/applications/" + this.application);
		assertThat(page.getElementById("decision-registered").text()).contains("registreret", "admin");
	}

	@Test
	void aDayToComeOrBeforeTheApplicationWasReceivedIsRefused() {
		String tomorrow = DanishTime.of(Instant.now()).toLocalDate().plusDays(1).toString();

		Api.Response future = decide(tomorrow);
		Api.Response beforeReceipt = decide(LocalDate.of(2017, 12, 1).toString());

		assertThat(future.status()).isEqualTo(422);
		assertThat(future.body().path("errors").get(0).path("field").asString()).isEqualTo("decidedOn");
		assertThat(beforeReceipt.status()).isEqualTo(422);
		assertThat(beforeReceipt.text("rule")).isEqualTo("decision-before-receipt");
		assertThat(this.caseworker.get("/api/v1/applications/" + this.application).text("status"))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void theDecisionFormNamesADayThatCannotBeRead() {
		StaffPages pages = StaffPages.caseworker(this.port);
		Document form = pages.get("/casework/applications/" + this.application);

		Document refused = StaffPages.page(pages.post("/casework/applications/" + this.application + "/decision",
				StaffPages.filledIn(form, "outcome", "GRANTED_IN_FULL", "decidedOn", "20. december")));

		assertThat(refused.getElementById("decidedOn-error")).isNotNull();
	}

}
