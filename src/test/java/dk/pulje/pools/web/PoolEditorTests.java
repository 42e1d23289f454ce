package dk.pulje.pools.web;

import java.net.http.HttpResponse;

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
 * A caseworker sets up a pool like seed 001's on its page and changes it; a refused form
 * comes back as typed with each problem at its input, and stores nothing.
 */
@IntegrationTest
class PoolEditorTests {

	@LocalServerPort
	int port;

	StaffPages caseworker;

	Api administrator;

	@BeforeEach
	void signIn() {
		this.caseworker = StaffPages.caseworker(this.port);
		this.administrator = Api.asAdministrator(this.port);
	}

	@Test
	void aPoolSetUpOnItsPageIsPublishedWithItsRules() {
		String name = Fixtures.unique("Pulje til styrket indsats for mennesker med kronisk sygdom");

		String saved = StaffPages.redirect(this.caseworker.post("/casework/pools/new", "name", name, "purpose",
				"Bedre forløb for borgere med kronisk sygdom.", "authority", "Sundhedsstyrelsen", "eligibleTypes",
				"MUNICIPALITY", "eligibleTypes", "REGION", "applicationForm", "ALONE_OR_JOINT", "areas[0].name",
				"Kommunale akutfunktioner", "years[0].year", "2017", "years[0].amount", "100.000.000", "years[1].year",
				"2018", "years[1].amount", "100.000.000,00", "periodStart", "2018-01-01", "periodEnd", "2020-12-31",
				"reports[0].kind", "FINAL_REPORT", "reports[0].monthsAfterEnd", "3", "reports[0].auditedAccounts",
				"true"));

		assertThat(saved).matches("/pools/\\d+\\?saved");
		Document pool = this.caseworker.get(saved);
		assertThat(pool.selectFirst("h1").text()).isEqualTo(name);
		assertThat(pool.getElementById("areas").parent().text()).contains("Kommunale akutfunktioner");
		assertThat(pool.text()).contains("Beløb 200 mio. kr.", "2017: 100 mio. kr.; 2018: 100 mio. kr.");
	}

	@Test
	void aPoolThatHoldsBackAShareUntilTheFinalReportSaysSoOnItsPageAndKeepsItWhenChanged() {
		String saved = StaffPages
			.redirect(this.caseworker.post("/casework/pools/new", "name", Fixtures.unique("Pulje med tilbageholdelse"),
					"eligibleTypes", "MUNICIPALITY", "applicationForm", "ALONE_OR_JOINT", "years[0].year", "2018",
					"years[0].amount", "1.000.000", "holdBackPercent", "10", "reminderDaysBefore", "30, 14"));
		String id = saved.replaceAll("/pools/(\\d+).*", "$1");

		Document form = this.caseworker.get("/casework/pools/" + id + "/edit");
		String changed = StaffPages.redirect(this.caseworker.post("/casework/pools/" + id + "/edit",
				StaffPages.filledIn(form, "purpose", "Ændret formål.")));

		assertThat(this.caseworker.get(changed).getElementById("hold-back").text())
			.isEqualTo("10 % af tilsagnet, til slutrapporten er godkendt");
		assertThat(this.caseworker.get("/casework/pools/" + id + "/edit").getElementById("reminderDaysBefore").val())
			.isEqualTo("30, 14");
	}

	@Test
	void thePoolsIndicatorsAreSetOnItsPageShownToApplicantsAndEachNamedOnce() {
		String saved = StaffPages.redirect(this.caseworker.post("/casework/pools/new", "name",
				Fixtures.unique("Pulje med indikatorer"), "eligibleTypes", "MUNICIPALITY", "applicationForm",
				"ALONE_OR_JOINT", "indicators[0].name", "Borgere i kursusforløb", "indicators[0].unit", "borgere",
				"indicators[1].name", "Frivillignetværk", "indicators[1].unit", "netværk"));
		Document twice = StaffPages
			.page(this.caseworker.post("/casework/pools/new", "name", "Pulje", "eligibleTypes", "MUNICIPALITY",
					"applicationForm", "ALONE_OR_JOINT", "indicators[0].name", "Frivillignetværk", "indicators[0].unit",
					"netværk", "indicators[1].name", "frivillignetværk", "indicators[1].unit", "antal"));
		Document withoutUnit = StaffPages
			.page(this.caseworker.post("/casework/pools/new", "name", "Pulje", "eligibleTypes", "MUNICIPALITY",
					"applicationForm", "ALONE_OR_JOINT", "indicators[0].name", "Uddannede frivillige"));

		assertThat(this.caseworker.get(saved).getElementById("indicators").parent().text())
			.contains("Borgere i kursusforløb (borgere)", "Frivillignetværk (netværk)");
		assertThat(twice.getElementById("indicators-1-name-error").text()).contains("nævnt to gange");
		assertThat(withoutUnit.getElementById("indicators-0-unit-error")).as("a unit is required").isNotNull();
	}

	@Test
	void aPoolHoldsBackAShareOrTheLastYearButNotBoth() {
		Document refused = StaffPages
			.page(this.caseworker.post("/casework/pools/new", "name", "Pulje", "eligibleTypes", "MUNICIPALITY",
					"applicationForm", "ALONE_OR_JOINT", "holdBackPercent", "10", "holdBackLastYear", "true"));

		assertThat(refused.select(".error-summary a").eachAttr("href")).contains("#holdBackPercent");
	}

	@Test
	void aRefusedPoolComesBackAsTypedWithEachProblemAtItsInput() {
		long poolsBefore = poolCount();

		Document refused = StaffPages.page(this.caseworker.post("/casework/pools/new", "name", "", "purpose",
				"Bedre forløb.", "applicationForm", "ALONE_OR_JOINT", "eligibleTypes", "MUNICIPALITY", "years[0].year",
				"2017", "years[0].amount", "mange penge"));

		assertThat(refused.getElementById("name-error")).isNotNull();
		assertThat(refused.getElementById("years-0-amount-error").text()).isNotBlank();
		assertThat(refused.select(".error-summary a[href=#years-0-amount]").text()).startsWith("Beløb for år 1: ");
		assertThat(refused.getElementById("years-0-amount").val()).isEqualTo("mange penge");
		assertThat(refused.getElementById("purpose").text()).isEqualTo("Bedre forløb.");
		assertThat(poolCount()).isEqualTo(poolsBefore);
	}

	@Test
	void aRowFarBeyondTheFormIsRefusedWithoutStoringAnything() {
		long poolsBefore = poolCount();

		HttpResponse<String> refused = this.caseworker.post("/casework/pools/new", "name", "Pulje", "eligibleTypes",
				"MUNICIPALITY", "applicationForm", "ALONE_OR_JOINT", "areas[100000].name", "Rehabilitering");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(poolCount()).isEqualTo(poolsBefore);
	}

	@Test
	void rowsWithGapsBetweenThemAreReadAsTheRowsGiven() {
		String saved = StaffPages
			.redirect(this.caseworker.post("/casework/pools/new", "name", Fixtures.unique("Pulje med huller"),
					"eligibleTypes", "MUNICIPALITY", "applicationForm", "ALONE_OR_JOINT", "areas[7].name",
					"Rehabilitering", "years[255].year", "2019", "years[255].amount", "5.000.000"));

		Document pool = this.caseworker.get(saved);
		assertThat(pool.getElementById("areas").parent().text()).contains("Rehabilitering");
		assertThat(pool.text()).contains("2019: 5 mio. kr.");
	}

	@Test
	void aPoolChangedMeanwhileIsNamedAsThePoolAndNotWrittenOver() {
		long id = new Fixtures(this.administrator).pool();
		Document form = this.caseworker.get("/casework/pools/" + id + "/edit");
		String version = form.selectFirst("input[name=version]").val();
		String name = form.getElementById("name").val();

		StaffPages.redirect(this.caseworker.post("/casework/pools/" + id + "/edit",
				StaffPages.filledIn(form, "purpose", "Ændret af den første.")));
		Document stale = StaffPages.page(this.caseworker.post("/casework/pools/" + id + "/edit",
				StaffPages.filledIn(form, "purpose", "Ændret af den anden.")));

		assertThat(version).isEqualTo("0");
		assertThat(stale.getElementById("pool-error").text()).startsWith("Puljen er ændret af en anden");
		assertThat(this.administrator.get("/api/v1/pools/" + id).body().path("purpose").asString())
			.isEqualTo("Ændret af den første.");
		assertThat(this.administrator.get("/api/v1/pools/" + id).body().path("name").asString()).isEqualTo(name);
	}

	private long poolCount() {
		return this.administrator.get("/api/v1/pools?size=1").body().path("totalItems").asLong();
	}

}
