package dk.pulje.casework;

import java.util.Map;

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
 * A caseworker decides a submitted application on its page; a decision taken on a page
 * that someone else's change has made stale is named as the application's, and nothing is
 * decided.
 */
@IntegrationTest
class DecisionPagesTests {

	@LocalServerPort
	int port;

	Api administrator;

	StaffPages caseworker;

	long application;

	@BeforeEach
	void aSubmittedApplication() {
		this.administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(this.administrator);
		long call = fixtures.closedCall(fixtures.pool(), "2000000.00");
		this.application = fixtures.submitted(call, fixtures.organisation("751"),
				Map.of(2018, "600000.00", 2019, "400000.00"));
		this.caseworker = StaffPages.caseworker(this.port);
	}

	@Test
	void aGrantInPartIsDecidedByYearOnThePage() {
		Document page = this.caseworker.get("/casework/applications/" + this.application);

		String decided = StaffPages.redirect(this.caseworker
			.post("/casework/applications/" + this.application + "/decision", StaffPages.filledIn(page, "outcome",
					"GRANTED_IN_PART", "granted[2018]", "500.000", "reason", "Lønudgifterne i 2018 er sat for højt.")));

		assertThat(decided).contains("?decided=" + this.application);
		assertThat(this.administrator.get("/api/v1/applications/" + this.application)
			.body()
			.path("decision")
			.path("grantedByYear")
			.path("2018")
			.asString()).isEqualTo("500000.00");
	}

	@Test
	void aDecisionOnAStalePageIsNamedAsTheApplicationsAndNothingIsDecided() {
		Document page = this.caseworker.get("/casework/applications/" + this.application);

		Document stale = StaffPages.page(this.caseworker.post(
				"/casework/applications/" + this.application + "/decision",
				StaffPages.filledIn(page, "version", "0", "outcome", "REJECTED", "reason", "Ikke støtteberettiget.")));

		assertThat(stale.getElementById("decision-error").text()).startsWith("Ansøgningen er ændret af en anden");
		assertThat(this.administrator.get("/api/v1/applications/" + this.application).body().path("status").asString())
			.isEqualTo("SUBMITTED");
	}

}
