package dk.pulje.reviewing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.BrowserTest;
import dk.pulje.Chromium;
import dk.pulje.Fixtures;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.Chromium.button;
import static dk.pulje.Chromium.link;
import static dk.pulje.Chromium.screenshot;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessment in Chromium, every page checked with axe: a caseworker gives an application
 * to two reviewers; one scores the pool's criteria and submits, the other declares a
 * conflict; the caseworker reads the call's ranking with its funding line; and an
 * administrator opens an account for a third reviewer.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class AssessmentBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	@Test
	void twoReviewersAreAssignedOneScoresOneDeclaresAConflictAndTheCallIsRanked() {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		Map<String, Object> pool = new HashMap<>(fixtures.poolRequest());
		pool.put("criteria", List.of(
				Map.of("name", "Kvalitet og faglighed", "description", "Er målene klare og realistiske?", "weight", 60,
						"scaleMin", 1, "scaleMax", 5),
				Map.of("name", "Forankring efter projektperioden", "weight", 40, "scaleMin", 1, "scaleMax", 5)));
		pool.put("minimumScore", "2.5");
		long call = fixtures.closedCall(fixtures.pool(pool), "1000000.00");
		long application = fixtures.submitted(call, fixtures.organisation("751"), Map.of(2018, "600000.00"));
		String title = administrator.get("/api/v1/applications/" + application).text("title");
		People people = new People(administrator);
		People.Person first = people.open(Role.REVIEWER, List.of());
		People.Person second = people.open(Role.REVIEWER, List.of());
		People.Person caseworkerAccount = people.open(Role.CASEWORKER, List.of());
		People.Person administratorAccount = people.open(Role.ADMINISTRATOR, List.of());

		Page caseworker = Chromium.signIn(chromium.danishPage(), base(), caseworkerAccount.username(),
				caseworkerAccount.password());
		caseworker.navigate(base() + "/casework/applications/" + application);
		for (People.Person reviewer : List.of(first, second)) {
			caseworker.getByLabel("Tildel en bedømmer").selectOption(reviewer.username());
			button(caseworker, "Tildel").click();
			assertThat(caseworker.locator("#reviews").textContent()).contains(reviewer.username());
		}
		assertThat(violations(caseworker)).isEmpty();

		Page reviewer = Chromium.signIn(chromium.danishPage(), base(), first.username(), first.password());
		reviewer.waitForURL("**/reviews");
		assertThat(violations(reviewer)).isEmpty();
		link(reviewer, title).click();
		reviewer.getByLabel("4").first().check();
		reviewer.getByLabel("Begrundelse for Kvalitet og faglighed").fill("Klare mål og en realistisk plan.");
		button(reviewer, "Gem kladde").click();
		assertThat(reviewer.locator("main").textContent()).contains("Bedømmelsen er gemt som kladde.");
		button(reviewer, "Indsend bedømmelsen").click();
		assertThat(reviewer.locator(".error-summary").textContent()).contains("Forankring efter projektperioden");
		assertThat(violations(reviewer)).isEmpty();
		reviewer.locator("#scores-1-score").getByLabel("3").check();
		screenshot(reviewer, "review.png");
		button(reviewer, "Indsend bedømmelsen").click();
		// (60 × 4 + 40 × 3) / 100
		assertThat(reviewer.locator("#submitted").textContent()).contains("3,60");
		assertThat(violations(reviewer)).isEmpty();

		Page conflicted = Chromium.signIn(chromium.danishPage(), base(), second.username(), second.password());
		link(conflicted, title).click();
		conflicted.getByLabel("Hvorfor du ikke kan bedømme ansøgningen").fill("Jeg sidder i projektets styregruppe.");
		button(conflicted, "Erklær dig inhabil").click();
		assertThat(conflicted.locator("#assignments").textContent()).contains("Inhabilitet erklæret");
		assertThat(violations(conflicted)).isEmpty();

		caseworker.navigate(base() + "/casework/calls/" + call);
		link(caseworker, "Bedømmelse og prioritering").click();
		assertThat(caseworker.locator("#rank-1").textContent()).contains(title, "3,60", "1 af 1 indsendt, én inhabil",
				"Inden for rammen");
		assertThat(violations(caseworker)).isEmpty();
		screenshot(caseworker, "assessment.png");

		Page admin = Chromium.signIn(chromium.danishPage(), base(), administratorAccount.username(),
				administratorAccount.password());
		admin.navigate(base() + "/admin/accounts?role=REVIEWER");
		assertThat(violations(admin)).isEmpty();
		link(admin, "Åbn en konto").click();
		String username = Fixtures.unique("bedoemmer").replace(" ", "-");
		admin.getByLabel("Brugernavn").fill(username);
		admin.getByLabel("Rolle").selectOption("REVIEWER");
		assertThat(violations(admin)).isEmpty();
		button(admin, "Åbn en konto").click();
		assertThat(admin.locator("#initial-password").textContent()).hasSizeGreaterThan(11);
		assertThat(violations(admin)).isEmpty();
		screenshot(admin, "account-opened.png");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
