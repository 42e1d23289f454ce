package dk.pulje.plans.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.BrowserTest;
import dk.pulje.Chromium;
import dk.pulje.Fixtures;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.Chromium.screenshot;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker in Chromium keeps the record of what the money is for: records a plan, its
 * track and a year's assessment; sets up a follow-up group and records a meeting; and
 * records a payment on a granted project of seed 001. Every form passes axe.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class EditorBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	Api administrator;

	Page page;

	@BeforeEach
	void aCaseworkerSignsIn() {
		this.administrator = Api.asAdministrator(this.port);
		People.Person caseworker = new People(this.administrator).open(Role.CASEWORKER, List.of());
		this.page = Chromium.signIn(chromium.danishPage(), base(), caseworker.username(), caseworker.password());
		this.page.waitForURL("**/casework");
	}

	@Test
	void aPlanIsRecordedWithATrackAndAYearsAssessment() {
		String name = Fixtures.unique("Sundhedsplan");
		this.page.navigate(base() + "/plans");
		link("Ny handleplan").click();
		assertThat(violations(this.page)).isEmpty();
		this.page.getByLabel("Navn").fill(name);
		this.page.getByLabel("Ansvarlig").fill("Københavns Kommune");
		this.page.getByLabel("Første år").fill("2016");
		this.page.getByLabel("Sidste år").fill("2019");
		button("Gem planen").click();

		link("Tilføj et spor").click();
		assertThat(violations(this.page)).isEmpty();
		this.page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Ulighed skal reduceres");
		this.page.getByLabel("Indsats 1, nummer").fill("1");
		this.page.getByLabel("Indsats 1, titel").fill("Udgående rehabilitering");
		button("Gem sporet").click();

		String plan = this.page.url().replaceAll(".*(/plans/\\d+).*", "$1");
		this.page.navigate(base() + "/casework" + plan + "/funding");
		assertThat(violations(this.page)).isEmpty();
		this.page.getByLabel("Række 1, tekst").fill("Udgående rehabilitering");
		this.page.getByLabel("Række 1, 2017").fill("1.200.000");
		this.page.getByLabel("Total 2017 som trykt").fill("1,1 mio. kr.");
		button("Gem tabellen").click();
		assertThat(this.page.locator(".warning").textContent()).contains("Totalen for 2017 er trykt som 1,1 mio. kr.");

		this.page.navigate(base() + "/casework" + plan + "/year?year=2018");
		assertThat(violations(this.page)).isEmpty();
		screenshot(this.page, "plan-year-form.png");
		this.page.getByLabel("Vurdering", new Page.GetByLabelOptions().setExact(true)).selectOption("GOOD_PROGRESS");
		this.page.getByLabel("1. Udgående rehabilitering").selectOption("UNDER_WAY");
		button("Gem året").click();

		assertThat(this.page.locator("h1").textContent()).isEqualTo(name + ": status 2018");
		assertThat(this.page.locator("main").textContent()).contains("Planen er gemt.", "God fremdrift",
				"Udgående rehabilitering", "I gang");
		assertThat(violations(this.page)).isEmpty();
	}

	@Test
	void aFollowUpGroupIsSetUpAndAMeetingRecorded() {
		String name = Fixtures.unique("Følgegruppe");
		this.page.navigate(base() + "/follow-up-groups");
		link("Ny følgegruppe").click();
		assertThat(violations(this.page)).isEmpty();
		this.page.getByLabel("Navn").fill(name);
		this.page.getByLabel("Opgaver, én pr. linje").fill("Følge fremdriften\nPege på barrierer");
		button("Gem gruppen").click();

		link("Registrér et møde").click();
		assertThat(violations(this.page)).isEmpty();
		screenshot(this.page, "meeting-form.png");
		this.page.getByLabel("Forventes (som varslet)").fill("februar 2015");
		button("Gem mødet").click();

		assertThat(this.page.locator("h1").textContent()).isEqualTo(name);
		assertThat(this.page.locator("main").textContent()).contains("forventet februar 2015", "Pege på barrierer");
		assertThat(violations(this.page)).isEmpty();
	}

	@Test
	void aPaymentIsRecordedOnASeed001Project() {
		long application = this.administrator.get("/api/v1/granted-projects?q=Akutfunktion+og+vagtl%C3%A6ge+i+Horsens")
			.body()
			.path("items")
			.get(0)
			.path("applicationId")
			.asLong();
		this.page.navigate(base() + "/casework/applications/" + application);
		assertThat(this.page.locator("#payments").textContent()).contains("Udbetalt", "3.500.000");
		assertThat(violations(this.page)).isEmpty();

		this.page.getByLabel("Dato").fill("2021-04-20");
		this.page.getByLabel("Tilsagnsår").selectOption("2020");
		this.page.getByLabel("Beløb i kr.").fill("3.500.001");
		button("Registrér").click();
		assertThat(this.page.locator(".error-summary").textContent()).contains("Beløb");
		assertThat(violations(this.page)).isEmpty();

		this.page.getByLabel("Beløb i kr.").fill("1.750.000");
		button("Registrér").click();
		assertThat(this.page.locator("main").textContent()).contains("Udbetalingen er registreret.", "1.750.000");
		screenshot(this.page, "payments.png");
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
