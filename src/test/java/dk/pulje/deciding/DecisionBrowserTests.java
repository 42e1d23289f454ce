package dk.pulje.deciding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
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
 * A pool run from criteria to decided list in Chromium, every page checked with axe. A
 * caseworker gives an application to two reviewers; one scores, the other declares a
 * conflict, and a third is given it and scores. The caseworker recommends the call's two
 * applications and submits the list; the pool's decision-maker changes one item with a
 * reason and decides; the letters download as one file; and once the allocation is
 * complete, the public pool page shows the call in figures.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class DecisionBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Test
	void reviewersScoreTheCaseworkerRecommendsAndTheDecisionMakerChangesOneItemAndDecides() throws IOException {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		Map<String, Object> poolRequest = new HashMap<>(fixtures.poolRequest());
		poolRequest.put("criteria", List.of(Map.of("name", "Samlet kvalitet", "description",
				"Er målene klare, og kan indsatsen forankres?", "weight", 100, "scaleMin", 1, "scaleMax", 5)));
		poolRequest.put("decidedBy", "DECISION_MAKER");
		long pool = fixtures.pool(poolRequest);
		long call = fixtures.closedCall(pool, "1000000.00");
		long scored = fixtures.submitted(call, fixtures.organisation("751"), Map.of(2018, "600000.00"));
		long changed = fixtures.submitted(call, fixtures.organisation("461"), Map.of(2018, "700000.00"));
		String scoredTitle = administrator.get("/api/v1/applications/" + scored).text("title");
		String changedTitle = administrator.get("/api/v1/applications/" + changed).text("title");
		People people = new People(administrator);
		List<People.Person> reviewers = List.of(people.open(Role.REVIEWER, List.of()),
				people.open(Role.REVIEWER, List.of()), people.open(Role.REVIEWER, List.of()));
		People.Person caseworkerAccount = people.open(Role.CASEWORKER, List.of());
		People.Person decisionMakerAccount = people.open(Role.DECISION_MAKER, List.of());

		Page caseworker = Chromium.signIn(chromium.danishPage(), base(), caseworkerAccount.username(),
				caseworkerAccount.password());
		caseworker.navigate(base() + "/casework/applications/" + scored);
		assign(caseworker, reviewers.get(0));
		assign(caseworker, reviewers.get(1));
		assertThat(violations(caseworker)).isEmpty();
		score(reviewers.get(0), scoredTitle, "4");
		Page conflicted = Chromium.signIn(chromium.danishPage(), base(), reviewers.get(1).username(),
				reviewers.get(1).password());
		link(conflicted, scoredTitle).click();
		conflicted.getByLabel("Hvorfor du ikke kan bedømme ansøgningen").fill("Jeg er ansat i kommunen.");
		button(conflicted, "Erklær dig inhabil").click();
		assertThat(conflicted.locator("#assignments").textContent()).contains("Inhabilitet erklæret");
		caseworker.navigate(base() + "/casework/applications/" + scored);
		assign(caseworker, reviewers.get(2));
		score(reviewers.get(2), scoredTitle, "5");

		caseworker.navigate(base() + "/casework/calls/" + call);
		link(caseworker, "Indstillingslisten").click();
		assertThat(caseworker.locator("#list-missing").textContent()).contains("2 ansøgning(er)");
		assertThat(violations(caseworker)).isEmpty();
		link(caseworker, "Indstil \"" + scoredTitle + "\"").click();
		caseworker.getByLabel("Tilsagn (det fulde beløb)", EXACT).check();
		assertThat(violations(caseworker)).isEmpty();
		button(caseworker, "Gem indstillingen").click();
		link(caseworker, "Indstil \"" + changedTitle + "\"").click();
		caseworker.getByLabel("Afslag", EXACT).check();
		button(caseworker, "Gem indstillingen").click();
		assertThat(caseworker.locator(".error-summary").textContent()).contains("Begrundelse");
		caseworker.getByLabel("Begrundelse (skal udfyldes ved afslag)")
			.fill("Projektet rækker ikke ud over det, kommunen allerede gør.");
		button(caseworker, "Gem indstillingen").click();
		// ranked by the mean of 4 and 5
		assertThat(caseworker.locator("#item-" + scored).textContent()).contains("4,50", "600.000 kr.");
		button(caseworker, "Send listen til afgørelse").click();
		assertThat(caseworker.locator("#list-status").textContent()).contains("Sendt til afgørelse");
		assertThat(violations(caseworker)).isEmpty();
		screenshot(caseworker, "recommendation.png");

		Page decisionMaker = Chromium.signIn(chromium.danishPage(), base(), decisionMakerAccount.username(),
				decisionMakerAccount.password());
		decisionMaker.waitForURL("**/decisions");
		assertThat(violations(decisionMaker)).isEmpty();
		link(decisionMaker, administrator.get("/api/v1/pools/" + pool).text("name")).click();
		link(decisionMaker, "Ændr \"" + changedTitle + "\"").click();
		decisionMaker.getByLabel("Delvist tilsagn", EXACT).check();
		decisionMaker.locator("#granted-2018").fill("400.000");
		button(decisionMaker, "Gem ændringen").click();
		assertThat(decisionMaker.locator(".error-summary").textContent()).contains("hvorfor");
		decisionMaker.getByLabel("Begrundelse (skal udfyldes ved afslag)")
			.fill("Udvalget giver et mindre tilskud til den del, der handler om pårørende.");
		assertThat(violations(decisionMaker)).isEmpty();
		button(decisionMaker, "Gem ændringen").click();
		assertThat(decisionMaker.locator("#item-" + changed).textContent()).contains("Delvist tilsagn", "400.000 kr.",
				"Udvalget giver");
		button(decisionMaker, "Træf afgørelse på listen").click();
		assertThat(decisionMaker.locator("#decided-by").textContent()).contains(decisionMakerAccount.username());
		assertThat(violations(decisionMaker)).isEmpty();
		screenshot(decisionMaker, "decided-list.png");
		Download letters = decisionMaker.waitForDownload(() -> decisionMaker.locator("#letters").click());
		assertThat(entries(letters)).containsExactlyInAnyOrder("afgoerelse-" + scored + ".pdf",
				"afgoerelse-" + changed + ".pdf");

		caseworker.navigate(base() + "/casework/calls/" + call);
		button(caseworker, "Afslut udmøntningen").click();
		Page anyone = chromium.danishPage();
		anyone.navigate(base() + "/pools/" + pool);
		assertThat(anyone.locator("#statistics-" + call).textContent()).contains("2 ansøgninger", "1,3");
		assertThat(violations(anyone)).isEmpty();
	}

	private void assign(Page caseworker, People.Person reviewer) {
		caseworker.getByLabel("Tildel en bedømmer").selectOption(reviewer.username());
		button(caseworker, "Tildel").click();
		assertThat(caseworker.locator("#reviews").textContent()).contains(reviewer.username());
	}

	private void score(People.Person reviewer, String title, String score) {
		Page page = Chromium.signIn(chromium.danishPage(), base(), reviewer.username(), reviewer.password());
		link(page, title).click();
		page.getByLabel(score).first().check();
		button(page, "Indsend bedømmelsen").click();
		assertThat(page.locator("#submitted").textContent()).contains("vægtet score " + score);
	}

	private static List<String> entries(Download download) throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(zip.readAllBytes()).startsWith("%PDF".getBytes());
				names.add(entry.getName());
			}
		}
		return names;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
