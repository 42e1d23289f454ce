package dk.pulje.catalogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.BrowserTest;
import dk.pulje.Chromium;

import static dk.pulje.Chromium.pastTheWindow;
import static dk.pulje.Chromium.screenshot;
import static dk.pulje.Chromium.unevenFilterRows;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in the machine's Chromium, as a Danish visitor sees it: every page passes
 * axe-core's WCAG 2.1 A and AA rules, works by keyboard from the skip link, and is
 * photographed (for the README, on request).
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class CatalogueBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	private Page danishPage() {
		return chromium.danishPage();
	}

	@Test
	void theCatalogueAndAPoolPagePassTheAccessibilityRules() {
		Page page = danishPage();

		page.navigate("http://localhost:" + this.port + "/");
		assertThat(page.title()).isEqualTo("Puljer – Pulje");
		assertThat(violations(page)).isEmpty();
		assertThat(unevenFilterRows(page)).isEmpty();
		screenshot(page, "catalogue.png");

		page.fill("#q", "Videreudvikling og styrkelse");
		page.click("button[type=submit]");
		page.getByText("Videreudvikling og styrkelse af indsatser i kommunerne").click();
		page.waitForURL("**/pools/*");
		assertThat(page.locator("h1").textContent()).startsWith("Videreudvikling og styrkelse");
		assertThat(page.content()).contains("50,8 mio. kr.", "ansøgningsfrist 11. december 2017");
		assertThat(violations(page)).isEmpty();
		screenshot(page, "pool.png");
	}

	@Test
	void theLoginPageIsDanishAccessibleAndSaysNoMoreThanThatALoginFailed() {
		Page page = danishPage();
		page.navigate("http://localhost:" + this.port + "/login");
		assertThat(page.title()).isEqualTo("Log ind – Pulje");
		assertThat(violations(page)).isEmpty();

		page.getByLabel("Brugernavn").fill("findes-ikke");
		page.getByLabel("Adgangskode").fill("forkert");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		page.waitForURL("**/login?error");

		assertThat(page.getByRole(AriaRole.ALERT).textContent())
			.isEqualTo("Brugernavnet eller adgangskoden er forkert, eller kontoen kan ikke logge ind lige nu.");
		assertThat(violations(page)).isEmpty();
		screenshot(page, "login.png");
	}

	@Test
	void aKeyboardUserReachesTheContentFromTheSkipLink() {
		Page page = danishPage();
		page.navigate("http://localhost:" + this.port + "/pools");

		page.keyboard().press("Tab");
		String focused = (String) page.evaluate("document.activeElement.textContent");
		page.keyboard().press("Enter");
		// the browser follows the link after the key press returns; wait (up to 5 s)
		// rather than race it
		page.waitForURL(Pattern.compile(".*#main$"), new Page.WaitForURLOptions().setTimeout(5000));

		assertThat(focused).isEqualTo("Gå til indhold");
		assertThat(page.url()).endsWith("#main");
	}

	@Test
	void theFiltersWorkWithoutJavaScript() {
		BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
				.setExtraHTTPHeaders(Map.of("Accept-Language", "da")));
		Page page = context.newPage();
		page.navigate("http://localhost:" + this.port + "/pools");

		page.fill("#q", "Øvelsespulje");
		page.selectOption("#status", "OPEN");
		page.click("button[type=submit]");

		assertThat(page.url()).contains("status=OPEN");
		assertThat(page.locator("tbody tr").count()).isEqualTo(1);
		assertThat(page.locator("tbody").textContent()).contains("Øvelsespulje", "Åben");
	}

	@Test
	void onAPhoneThePublicPagesShowEveryFigureWithoutTurningThePageSideways() {
		Page page = chromium.danishPhone();
		for (String path : List.of("/pools", "/pools/7", "/plans", "/plans/1", "/overviews", "/overviews/money",
				"/follow-up-groups", "/open-data")) {
			page.navigate("http://localhost:" + this.port + path);

			assertThat(pastTheWindow(page)).as(path).isEmpty();
			assertThat(page.getByRole(AriaRole.TABLE).count()).as(path + ", its tables read as tables")
				.isEqualTo(page.locator("table").count());
		}
		page.navigate("http://localhost:" + this.port + "/pools/7");
		page.locator("dl").first().scrollIntoViewIfNeeded();
		screenshot(page, "pool-phone.png");
	}

}
