package dk.pulje.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in the machine's Chromium, as a Danish visitor sees it: every page passes axe-core's WCAG 2.1 A
 * and AA rules, works by keyboard from the skip link, and is photographed (for the README, on request).
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class CatalogueBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromium() {
		assertThat(CHROMIUM).as("Chromium from Debian's packages (.ci/run installs it)").exists();
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	private Page danishPage() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK")
			.setExtraHTTPHeaders(Map.of("Accept-Language", "da"))
			.setBypassCSP(true)
			.setViewportSize(1100, 900));
		return context.newPage();
	}

	@Test
	void theCatalogueAndAPoolPagePassTheAccessibilityRules() throws IOException {
		Page page = danishPage();

		page.navigate("http://localhost:" + this.port + "/");
		assertThat(page.title()).isEqualTo("Puljer – Pulje");
		assertThat(violations(page)).isEmpty();
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
	void theLoginPageIsDanishAccessibleAndSaysNoMoreThanThatALoginFailed() throws IOException {
		Page page = danishPage();
		page.navigate("http://localhost:" + this.port + "/login");
		assertThat(page.title()).isEqualTo("Log ind – Pulje");
		assertThat(violations(page)).isEmpty();

		page.getByLabel("Brugernavn").fill("findes-ikke");
		page.getByLabel("Adgangskode").fill("forkert");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Log ind")).click();
		page.waitForURL("**/login?error");

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).textContent())
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

		assertThat(focused).isEqualTo("Gå til indhold");
		assertThat(page.url()).endsWith("#main");
	}

	@Test
	void theFiltersWorkWithoutJavaScript() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
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

	/** The WCAG 2.1 A and AA rule violations axe-core finds on the page, by rule id. */
	@SuppressWarnings("unchecked")
	private static List<String> violations(Page page) throws IOException {
		page.evaluate(axe());
		Object result = page.evaluate("""
				async () => {
				  const r = await axe.run(document, { runOnly: { type: 'tag',
				      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				  return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
				}""");
		return (List<String>) result;
	}

	private static String axe() throws IOException {
		try (InputStream in = CatalogueBrowserTests.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Photographs the page into target/screenshots, or, to refresh the README's pictures, into the folder named by
	 * {@code -Dpulje.screenshots=docs/screenshots}.
	 */
	private static void screenshot(Page page, String name) throws IOException {
		Path docs = Path.of(System.getProperty("pulje.screenshots", "target/screenshots"));
		Files.createDirectories(docs);
		page.screenshot(new Page.ScreenshotOptions().setPath(docs.resolve(name)).setFullPage(false));
	}

}
