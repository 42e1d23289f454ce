package dk.pulje.pools.web;

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
 * A caseworker posts a pool's call on its page and moves its deadline; a deadline that
 * cannot be read, or a call changed meanwhile, is named and nothing is stored.
 */
@IntegrationTest
class CallEditorTests {

	@LocalServerPort
	int port;

	StaffPages caseworker;

	Api administrator;

	long pool;

	@BeforeEach
	void aPool() {
		this.caseworker = StaffPages.caseworker(this.port);
		this.administrator = Api.asAdministrator(this.port);
		this.pool = new Fixtures(this.administrator).pool();
	}

	@Test
	void aCallPostedOnThePoolsPageOpensForApplications() {
		String posted = StaffPages.redirect(
				this.caseworker.post("/casework/pools/" + this.pool + "/calls/new", "title", "Første ansøgningsrunde",
						"amount", "50.800.000", "opensAt", "2017-10-02T09:00", "deadline", "2017-12-11T12:00"));

		assertThat(posted).matches("/casework/calls/\\d+\\?posted");
		long call = Long.parseLong(posted.replaceAll("\\D+(\\d+)\\D.*", "$1"));
		assertThat(this.administrator.get("/api/v1/calls/" + call).body().path("amount").asString())
			.isEqualTo("50800000.00");
	}

	@Test
	void aDeadlineThatCannotBeReadIsNamedAndNoCallIsPosted() {
		Document refused = StaffPages.page(this.caseworker.post("/casework/pools/" + this.pool + "/calls/new", "amount",
				"1.000.000", "opensAt", "2017-10-02T09:00", "deadline", "11. december"));

		assertThat(refused.getElementById("deadline-error").text()).isNotBlank();
		assertThat(refused.getElementById("amount").val()).isEqualTo("1.000.000");
		assertThat(this.administrator.get("/api/v1/calls?poolId=" + this.pool).body().path("totalItems").asLong())
			.isZero();
	}

	@Test
	void aCallChangedMeanwhileIsNamedAsTheCallAndNotWrittenOver() {
		long call = new Fixtures(this.administrator).closedCall(this.pool, "2000000.00");
		Document form = this.caseworker.get("/casework/calls/" + call + "/edit");

		StaffPages.redirect(this.caseworker.post("/casework/calls/" + call + "/edit",
				StaffPages.filledIn(form, "deadline", "2017-12-18T12:00")));
		Document stale = StaffPages.page(this.caseworker.post("/casework/calls/" + call + "/edit",
				StaffPages.filledIn(form, "deadline", "2017-12-20T12:00")));

		assertThat(stale.getElementById("call-error").text()).startsWith("Opslaget er ændret af en anden");
		assertThat(this.administrator.get("/api/v1/calls/" + call).body().path("deadline").asString())
			.startsWith("2017-12-18T12:00");
	}

}
