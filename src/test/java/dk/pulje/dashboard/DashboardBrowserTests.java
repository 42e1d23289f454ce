package dk.pulje.dashboard;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.BrowserTest;
import dk.pulje.Chromium;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.Chromium.screenshot;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and a plan's status report with the demo data, as an analyst reads it:
 * seed 004's initiative for children and young people as relatives, its years adding up
 * to 9 mio. kr. against the 4,2 mio. kr. the source states, flagged; in Danish and, after
 * the switch, in English.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class DashboardBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	@Test
	void anAnalystReadsTheMoneyByProgrammeAndYearAndTheTotalsThatDisagree() {
		People.Person analyst = new People(Api.asAdministrator(this.port)).open(Role.ANALYST, List.of());
		Page page = Chromium.signIn(chromium.danishPage(), "http://localhost:" + this.port, analyst.username(),
				analyst.password());
		page.waitForURL("**/dashboard");

		assertThat(page.locator("h1").textContent()).isEqualTo("Overblik over pengene");
		assertThat(page.locator(".warning").textContent()).contains("Pulje til børn og unge som pårørende",
				"angivet 4,2 mio. kr., men delbeløbene giver 9 mio. kr.");
		Locator relatives = page.locator("table", new Page.LocatorOptions().setHas(page.locator("caption",
				new Page.LocatorOptions().setHasText("Styrket indsats for børn og unge som pårørende"))));
		assertThat(relatives.locator("tbody tr").allTextContents()).hasSize(3);
		assertThat(relatives.locator("tr", new Locator.LocatorOptions().setHasText("2017")).textContent())
			.contains("4,3 mio. kr.");
		assertThat(relatives.locator("tfoot").textContent()).contains("I alt", "9 mio. kr.");
		assertThat(relatives.locator("thead").textContent()).contains("Forbrugt (godkendte regnskaber)",
				"Krævet tilbage", "Tilbagebetalt");
		assertThat(page.locator("svg[role=img]").getAttribute("aria-label")).contains("Søjlediagram");
		assertThat(violations(page)).isEmpty();
		screenshot(page, "dashboard.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Overview of the money");
		assertThat(page.locator(".warning").textContent())
			.contains("stated 4,2 mio. kr., but the parts add up to DKK 9 million");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(violations(page)).isEmpty();
	}

	@Test
	void aVisitorFindsAPlansStatusReportInAFewClicks() {
		Page page = chromium.danishPage();
		page.navigate("http://localhost:" + this.port + "/pools");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handleplaner")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handleplan for type 2-diabetes 2016-2019"))
			.click();

		assertThat(page.locator("h1").textContent()).isEqualTo("Handleplan for type 2-diabetes 2016-2019: status 2018");
		assertThat(page.locator(".warning").textContent())
			.contains("Totalen for 2017 er trykt som 2,1 mio. kr., men rækkerne giver 2,3 mio. kr.");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hent som regneark (xlsx)"))
			.getAttribute("href")).endsWith("/status-report.xlsx?year=2018");
		assertThat(violations(page)).isEmpty();
		screenshot(page, "status-report.png");
	}

}
