package dk.pulje.opendata;

import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.BrowserTest;
import dk.pulje.Chromium;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.Chromium.button;
import static dk.pulje.Chromium.link;
import static dk.pulje.Chromium.screenshot;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data in Chromium, every page checked with axe: anyone reads the page that explains
 * the files and follows its links to them; a caseworker imports a real published
 * 360Giving file, follows its progress to the end, reads each refused row's reason and
 * downloads them as CSV.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class OpenDataBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	@Test
	void anyoneFindsTheFilesAndACaseworkerImportsARealFileAndReadsItsReport() throws Exception {
		Page anyone = chromium.danishPage();
		anyone.navigate(base() + "/pools");
		link(anyone, "Åbne data").click();
		assertThat(anyone.locator("#licence").textContent()).contains("CC BY 4.0");
		assertThat(anyone.locator("#files a").allTextContents()).containsExactly("360giving.json", "360giving.csv",
				"iati-activities.xml");
		assertThat(violations(anyone)).isEmpty();
		screenshot(anyone, "open-data.png");

		People.Person account = new People(Api.asAdministrator(this.port)).open(Role.CASEWORKER, List.of());
		Page caseworker = Chromium.signIn(chromium.danishPage(), base(), account.username(), account.password());
		caseworker.navigate(base() + "/casework");
		link(caseworker, "Indlæs tilskud").click();
		button(caseworker, "Indlæs filen").click();
		assertThat(caseworker.locator("#file-error").textContent()).contains("Vælg en fil");
		assertThat(violations(caseworker)).isEmpty();
		caseworker.setInputFiles("#file", OpenDataTests.STANDARDS.resolve("360giving/samples/grants-475.json"));
		button(caseworker, "Indlæs filen").click();
		caseworker.locator("#import-status", new Page.LocatorOptions().setHasText("Færdig"))
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(60_000));
		assertThat(caseworker.locator("#rows-read").textContent()).isEqualTo("475");
		assertThat(caseworker.locator("#rows-refused").textContent()).isEqualTo("475");
		assertThat(caseworker.locator("#problems tbody tr").first().textContent()).contains("currency",
				"er GBP; Pulje fører kun tilskud i danske kroner (DKK)");
		assertThat(violations(caseworker)).isEmpty();
		screenshot(caseworker, "import.png");
		Download problems = caseworker
			.waitForDownload(() -> link(caseworker, "Hent alle afviste rækker som CSV").click());
		assertThat(Files.readAllLines(problems.path())).hasSize(476);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
