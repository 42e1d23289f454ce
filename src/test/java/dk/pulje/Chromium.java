package dk.pulje;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's Chromium (from Debian's packages; Playwright downloads no browser),
 * driven by Playwright, with axe-core's accessibility rules and screenshots for the
 * README.
 */
public final class Chromium implements AutoCloseable {

	private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	private static Chromium shared;

	/**
	 * The one Chromium the browser tests share, started by the first that asks and closed
	 * when the tests' JVM ends.
	 */
	public static synchronized Chromium shared() {
		if (shared == null) {
			shared = launch();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/**
	 * Signs in through the login form, as a person does, and waits for the page it lands
	 * on.
	 */
	public static Page signIn(Page page, String baseUrl, String username, String password) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("Brugernavn").fill(username);
		page.getByLabel("Adgangskode").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
		page.waitForLoadState();
		return page;
	}

	private static Chromium launch() {
		assertThat(EXECUTABLE).as("Chromium from Debian's packages (.ci/run installs it)").exists();
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	/**
	 * A new browser window as a Danish visitor has it: its own cookies (a new session),
	 * Danish first. axe-core is injected by the test, so the page's content security
	 * policy is bypassed for it.
	 */
	public Page danishPage() {
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setLocale("da-DK")
			.setExtraHTTPHeaders(Map.of("Accept-Language", "da"))
			.setBypassCSP(true)
			.setViewportSize(1100, 900));
		return context.newPage();
	}

	/**
	 * A new browser window the size of a small phone held upright (360 by 740 CSS
	 * pixels), Danish first.
	 */
	public Page danishPhone() {
		return this.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
				.setExtraHTTPHeaders(Map.of("Accept-Language", "da")))
			.newPage();
	}

	/**
	 * The WCAG 2.1 A and AA rule violations axe-core finds on the page, by rule id and
	 * where, and what reaches past the window and turns the page sideways (reflow, which
	 * axe-core does not check).
	 */
	@SuppressWarnings("unchecked")
	public static List<String> violations(Page page) {
		page.evaluate(axe());
		Object result = page.evaluate("""
				async () => {
				  const r = await axe.run(document, { runOnly: { type: 'tag',
				      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				  return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
				}""");
		List<String> violations = new ArrayList<>((List<String>) result);
		violations.addAll(pastTheWindow(page));
		return violations;
	}

	private static String axe() {
		try (InputStream in = Chromium.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The fields and buttons of each filter row whose height differs from the row's first
	 * field, with both heights: a row of a text field, lists and a button should read as
	 * one line.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> unevenFilterRows(Page page) {
		Object result = page.evaluate("""
				() => [...document.querySelectorAll('form.filters')].flatMap(form => {
				  const controls = [...form.querySelectorAll(
				      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, button')];
				  const first = controls[0].getBoundingClientRect().height;
				  return controls.filter(c => Math.abs(c.getBoundingClientRect().height - first) > 0.5)
				    .map(c => (c.id || c.textContent.trim()) + ': ' + c.getBoundingClientRect().height
				      + ' px against ' + first);
				})""");
		return (List<String>) result;
	}

	/**
	 * What reaches past the window's right edge and so turns the whole page sideways: the
	 * page's width, and each text, link and field that ends outside. A table may scroll
	 * within its own box; what such a box holds is not counted.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> pastTheWindow(Page page) {
		Object result = page.evaluate(
				"""
						() => {
						  const width = document.documentElement.clientWidth;
						  const scrolls = e => getComputedStyle(e).overflowX !== 'visible';
						  const inAScrollingBox = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
						      if (scrolls(a)) return true; return false; };
						  const past = [...document.querySelectorAll('body *')]
						    .filter(e => !inAScrollingBox(e))
						    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 0.5)
						    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
						      + e.textContent.trim().slice(0, 40) + '" ends at ' + Math.round(e.getBoundingClientRect().right));
						  const page = document.documentElement.scrollWidth > width
						    ? ['the page is ' + document.documentElement.scrollWidth + ' px wide in a window of ' + width] : [];
						  return page.concat(past.slice(0, 10));
						}""");
		return (List<String>) result;
	}

	/** The link whose accessible name is exactly the name given. */
	public static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The button whose accessible name is exactly the name given. */
	public static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * Photographs the page into target/screenshots, or, to refresh the README's pictures,
	 * into the folder named by {@code -Dpulje.screenshots=docs/screenshots}.
	 */
	public static void screenshot(Page page, String name) {
		try {
			Path folder = Path.of(System.getProperty("pulje.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(false));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
