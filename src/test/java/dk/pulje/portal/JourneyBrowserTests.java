package dk.pulje.portal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.BrowserTest;
import dk.pulje.Chromium;
import dk.pulje.Fixtures;
import dk.pulje.TestClock;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;
import dk.pulje.money.DanishTime;

import static dk.pulje.Chromium.pastTheWindow;
import static dk.pulje.Chromium.screenshot;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in the machine's Chromium: an applicant drafts, leaves, comes back,
 * submits with an error, fixes it and submits; a caseworker grants part, completes the
 * allocation and re-posts the rest; the public pool page shows the granted project and
 * the new call, and the applicant reads the decision and its letter. Every page on the
 * way passes axe-core's WCAG 2.1 A and AA rules.
 */
@BrowserTest
class JourneyBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Fixtures fixtures;

	private People.Person applicant;

	private People.Person caseworker;

	private String poolName;

	private long poolId;

	private LocalDateTime deadline;

	@BeforeEach
	void poolWithAnOpenCall() {
		Api administrator = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(administrator);
		People people = new People(administrator);
		long aarhus = this.fixtures.organisation("751");
		this.applicant = people.open(Role.APPLICANT, List.of(aarhus));
		this.caseworker = people.open(Role.CASEWORKER, List.of());
		Map<String, Object> pool = this.fixtures.poolRequest();
		this.poolName = (String) pool.get("name");
		this.poolId = this.fixtures.pool(pool);
		LocalDateTime now = LocalDateTime.now(DanishTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
		this.deadline = now.plusDays(10).withHour(12).withMinute(0);
		this.fixtures.call(this.poolId, "10000000.00", now.minusDays(1), this.deadline);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void anApplicationFromDraftToGrantAndRepost() throws IOException {
		// The applicant starts a draft from the open call
		Page page = signIn(this.applicant);
		assertThat(page.url()).endsWith("/my");
		assertThat(page.locator("h1").textContent()).isEqualTo("Mine ansøgninger");
		accessible(page, "my.png");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg " + this.poolName)).click();
		page.getByLabel("Titel").fill("Akutteam med sygeplejersker i Aarhus");
		page.getByLabel("Kommunale akutfunktioner").check();
		accessible(page, null);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret kladden")).click();
		page.waitForURL("**/description");

		// Typing and moving on saves the draft by itself
		page.getByLabel("Beskrivelse af projektet").fill("Et akutteam, der rykker ud til borgere i eget hjem.");
		page.getByLabel("Mål").focus();
		page.waitForSelector("#saved-status:has-text('Kladden er gemt')");
		String applicationUrl = page.url().replace("/description", "");

		// The applicant leaves (a new window is a new session) and comes back to the
		// saved text
		page.context().close();
		page = signIn(this.applicant);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Akutteam med sygeplejersker i Aarhus"))
			.click();
		page.waitForURL("**/basics");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beskrivelse og mål")).click();
		assertThat(page.getByLabel("Beskrivelse af projektet").inputValue())
			.isEqualTo("Et akutteam, der rykker ud til borgere i eget hjem.");

		// A budget with a year outside the project period
		page.navigate(applicationUrl + "/budget");
		page.getByLabel("År, linje 1").fill("2019");
		page.getByLabel("Hvad pengene går til, linje 1").fill("Sygeplejersker");
		page.getByLabel("Beløb i kr., linje 1").fill("1.500.000");
		page.getByLabel("År, linje 2").fill("2031");
		page.getByLabel("Hvad pengene går til, linje 2").fill("Evaluering");
		page.getByLabel("Beløb i kr., linje 2").fill("500.000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem og fortsæt")).click();
		page.waitForURL("**/attachments");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indsend").setExact(true)).click();
		page.waitForURL("**/submit");

		// Submitting is refused, and the problem is named with a way to it
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indsend ansøgningen")).click();
		assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Ansøgningen blev ikke indsendt")
			.contains("Budgetåret 2031 ligger uden for projektperioden (1. januar 2018 til 31. december 2020).");
		accessible(page, "submit-refused.png");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budgetåret 2031").setExact(false)).click();
		page.waitForURL("**/budget?check*");
		assertThat(page.locator("#budgetLines-1-year-error").textContent()).contains("Budgetåret 2031");
		assertThat(page.getByLabel("År, linje 2").getAttribute("aria-invalid")).isEqualTo("true");
		accessible(page, "budget.png");

		// Fixed, the totals follow, and the application is submitted
		page.getByLabel("År, linje 2").fill("2020");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem").setExact(true)).click();
		assertThat(page.locator("#totals tfoot").textContent()).contains("2.000.000 kr.");

		// Attachments: a program dressed as a PDF is refused at the field; a real PDF is
		// attached
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bilag")).click();
		page.getByLabel("Vedhæft en fil")
			.setInputFiles(new FilePayload("faktura.pdf", "application/pdf",
					"MZ program".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vedhæft").setExact(true)).click();
		assertThat(page.locator("#file-error").textContent())
			.startsWith("Filen \"faktura.pdf\" er ikke af en tilladt type");
		page.getByLabel("Vedhæft en fil")
			.setInputFiles(new FilePayload("Budget og plan.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vedhæft").setExact(true)).click();
		assertThat(page.locator(".notice").textContent()).isEqualTo("Filen er vedhæftet.");
		assertThat(page.locator("table").first().textContent()).contains("Budget og plan.pdf");
		accessible(page, "attachments.png");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indsend").setExact(true)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indsend ansøgningen")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Ansøgningen er indsendt");
		accessible(page, null);

		// After the deadline, a caseworker grants part of it, seeing what the call has
		// left
		this.clock.set(DanishTime.at(this.deadline.plusHours(1)).toInstant());
		Page desk = signIn(this.caseworker);
		assertThat(desk.url()).endsWith("/casework");
		accessible(desk, null);
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(this.poolName)).first().click();
		assertThat(desk.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Indsendte ansøgninger"))
			.locator("tbody")
			.textContent()).contains("Akutteam med sygeplejersker i Aarhus", "Aarhus Kommune", "2.000.000 kr.",
					"Opfylder puljens regler");
		accessible(desk, "casework-call.png");
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Akutteam med sygeplejersker i Aarhus"))
			.click();
		assertThat(desk.locator("#call-left").textContent())
			.isEqualTo("Tilbage på opslaget: 10.000.000 kr. af 10.000.000 kr.");
		desk.getByLabel("Delvist tilsagn").check();
		desk.getByLabel("2019 (søgt 1.500.000 kr.)").fill("1.000.000");
		accessible(desk, "decision.png");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér afgørelsen")).click();
		assertThat(desk.getByRole(AriaRole.STATUS).first().textContent()).isEqualTo("Afgørelsen er registreret.");
		assertThat(desk.locator("#call-left").textContent()).isEqualTo("8.500.000 kr.");

		// The allocation is completed and what is left re-posted
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afslut udmøntningen")).click();
		assertThat(desk.getByLabel("Beløb i kr. (tomt: alt, der er tilbage)").inputValue()).isEqualTo("8500000");
		desk.getByLabel("Genopslagets titel").fill("Genopslag af restbeløbet");
		LocalDateTime opens = this.deadline.plusDays(2);
		desk.getByLabel("Åbner (dansk tid)").fill(opens.toString());
		desk.getByLabel("Ansøgningsfrist (dansk tid)").fill(opens.plusDays(30).toString());
		accessible(desk, null);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Genopslå")).click();
		assertThat(desk.getByRole(AriaRole.STATUS).first().textContent()).startsWith("Genopslaget er oprettet");
		assertThat(desk.locator("h1").textContent()).contains("Genopslag af restbeløbet");

		// The public page shows the granted project and the new call
		Page visitor = chromium.danishPage();
		visitor.navigate(url("/pools/" + this.poolId));
		assertThat(visitor.locator("table").first().textContent()).contains("Akutteam med sygeplejersker i Aarhus",
				"Aarhus Kommune", "1,5 mio. kr.");
		assertThat(visitor.content()).contains("Genopslag af restbeløbet", "8,5 mio. kr.");
		accessible(visitor, null);

		// The applicant reads the decision and downloads its letter
		page.navigate(url("/my"));
		assertThat(page.locator("tbody").last().textContent()).contains("Delvist tilsagn", "1.500.000 kr.");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Akutteam med sygeplejersker i Aarhus"))
			.click();
		page.locator("details.history summary").click();
		assertThat(page.locator("details.history").textContent()).contains(this.caseworker.username(), "ændrede",
				"decisionOutcome", this.applicant.username(), "oprettede");
		accessible(page, "decided.png");
		String letterUrl = page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hent afgørelsesbrevet (PDF)"))
			.getAttribute("href");
		APIResponse letter = page.request().get(url(letterUrl));
		Page elsewhere = page.context().newPage();
		elsewhere.navigate(url("/casework"));
		assertThat(elsewhere.locator("h1").textContent()).isEqualTo("Ingen adgang");
		assertThat(letter.headers().get("content-type")).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Afgørelse om tilskud fra puljen", "Aarhus Kommune", "1.500.000 kr.",
					"2.000.000 kr.", "Slutrapport senest 3 måneder efter projektperioden.");
		}
	}

	/**
	 * On a slow line the draft is still being saved when the applicant changes the next
	 * field. That change is saved after the first, with the version the first one gave,
	 * and is not turned away as somebody else's.
	 */
	@Test
	void aChangeMadeWhileTheDraftIsBeingSavedIsSavedAfterIt() {
		Page page = signIn(this.applicant);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg " + this.poolName)).click();
		page.getByLabel("Titel").fill("Akutteam i Aarhus");
		page.getByLabel("Kommunale akutfunktioner").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret kladden")).click();
		page.waitForURL("**/description");
		String draft = page.url();
		CDPSession network = page.context().newCDPSession(page);
		network.send("Network.enable");
		network.send("Network.emulateNetworkConditions", slowLine());

		String description = "Et akutteam, der rykker ud til borgere i eget hjem.";
		String goals = "Færre indlæggelser af ældre medicinske patienter.";
		page.waitForRequest(request -> saving(request, description), () -> {
			page.getByLabel("Beskrivelse af projektet").fill(description);
			page.getByLabel("Mål").focus();
		});
		Response second = page.waitForResponse(response -> saving(response.request(), goals), () -> {
			page.getByLabel("Mål").fill(goals);
			page.getByLabel("Beskrivelse af projektet").focus();
		});
		page.waitForFunction("() => !document.querySelector('.htmx-request')");

		assertThat(second.status()).isEqualTo(200);
		assertThat(page.locator("#saved-status").textContent()).contains("Kladden er gemt").doesNotContain("ændret");
		network.send("Network.emulateNetworkConditions", fastLine());
		page.navigate(draft);
		assertThat(page.getByLabel("Beskrivelse af projektet").inputValue()).isEqualTo(description);
		assertThat(page.getByLabel("Mål").inputValue()).isEqualTo(goals);
	}

	/** Each request takes a second and a half before it reaches Pulje's answer. */
	private static JsonObject slowLine() {
		JsonObject line = fastLine();
		line.addProperty("latency", 1500);
		return line;
	}

	private static JsonObject fastLine() {
		JsonObject line = new JsonObject();
		line.addProperty("offline", false);
		line.addProperty("latency", 0);
		line.addProperty("downloadThroughput", -1);
		line.addProperty("uploadThroughput", -1);
		return line;
	}

	/** Whether a request saves the draft with this text in it. */
	private static boolean saving(Request request, String text) {
		return "POST".equals(request.method()) && request.postData() != null
				&& URLDecoder.decode(request.postData(), StandardCharsets.UTF_8).contains(text);
	}

	@Test
	void aCaseworkerSetsUpAPoolAndPostsItsCall() {
		Page desk = signIn(this.caseworker);
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret en pulje")).click();
		String name = Fixtures.unique("Pulje til sammenhængende forløb");
		desk.getByLabel("Puljens navn").fill(name);
		desk.getByLabel("kommuner", new Page.GetByLabelOptions().setExact(true)).check();
		desk.getByLabel("regioner", new Page.GetByLabelOptions().setExact(true)).check();
		desk.getByLabel("kun sammen, på tværs af sektorer").check();
		desk.getByLabel("Indsatsområde 1: navn").fill("Udskrivning fra sygehus");
		desk.getByLabel("År 1", new Page.GetByLabelOptions().setExact(true)).fill("2019");
		desk.getByLabel("Beløb i kr. for år 1").fill("5.250.000");
		desk.getByLabel("År 2", new Page.GetByLabelOptions().setExact(true)).fill("2020");
		desk.getByLabel("Beløb i kr. for år 2").fill("fem millioner");
		desk.getByLabel("Total, som kilden skriver den").fill("10,5 mio. kr.");
		desk.getByLabel("Øremærket 1: til hvad").fill("Udvikling og evaluering");
		desk.getByLabel("Øremærket 1: beløb i kr.").fill("1.000.000");
		desk.getByLabel("Forventet opslag, som det er varslet (fx \"ultimo 2018 eller primo 2019\")")
			.fill("ultimo 2018 eller primo 2019");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem puljen")).click();

		assertThat(desk.locator("#years-1-amount-error").textContent()).startsWith("er ikke et beløb i kroner");
		assertThat(desk.getByLabel("Puljens navn").inputValue()).isEqualTo(name);
		accessible(desk, "pool-form.png");
		desk.getByLabel("Beløb i kr. for år 2").fill("5.250.000");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem puljen")).click();

		assertThat(desk.locator(".notice").textContent()).isEqualTo("Puljen er gemt.");
		assertThat(desk.locator("h1").textContent()).isEqualTo(name);
		assertThat(desk.content()).contains("10,5 mio. kr.", "1 mio. kr. – Udvikling og evaluering",
				"kun sammen, på tværs af sektorer", "ultimo 2018 eller primo 2019");

		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nyt opslag")).click();
		// The earmarked million is promised already: the call offers the pool's free
		// money.
		assertThat(desk.getByLabel("Puljens frie midler (9,5 mio. kr., som hverken er øremærket eller udbudt)")
			.isChecked()).isTrue();
		LocalDateTime opens = LocalDateTime.now(DanishTime.ZONE)
			.plusDays(1)
			.withHour(9)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		desk.getByLabel("Åbner (dansk tid)").fill(opens.toString());
		desk.getByLabel("Ansøgningsfrist (dansk tid)").fill(opens.plusDays(30).toString());
		desk.getByLabel("Beløb i kr.").fill("10.500.000");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå opslaget op")).click();
		assertThat(desk.locator("#amount-error").textContent()).contains("9,5 mio. kr.");
		desk.getByLabel("Beløb i kr.").fill("9.500.000");
		accessible(desk, null);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå opslaget op")).click();
		assertThat(desk.locator(".notice").textContent()).isEqualTo("Opslaget er slået op.");
		assertThat(desk.locator("dl").textContent()).contains("9.500.000 kr.");
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret titel, åbning eller frist")).click();
		assertThat(desk.getByLabel("Beløb i kr.").getAttribute("readonly")).isNotNull();
		desk.getByLabel("Titel").fill("Første opslag");
		desk.getByLabel("Ansøgningsfrist (dansk tid)").fill(opens.plusDays(40).toString());
		accessible(desk, null);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem opslaget")).click();
		assertThat(desk.locator(".notice").textContent()).isEqualTo("Opslaget er ændret.");
		assertThat(desk.locator("h1").textContent()).endsWith("– Første opslag");

		desk.navigate(url("/pools?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
		assertThat(desk.locator("tbody").textContent()).contains(name, "Varslet", "10,5 mio. kr.");
	}

	@Test
	void aCaseworkerRecordsAProgrammeWithItsTotalAsTheSourceWritesIt() {
		Page desk = signIn(this.caseworker);
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programmer").setExact(true)).first().click();
		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér et program")).click();
		String name = Fixtures.unique("Handlingsplan for den ældre medicinske patient");
		desk.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(name);
		desk.getByLabel("Slags").selectOption("ACTION_PLAN");
		desk.getByLabel("Første år").fill("2016");
		desk.getByLabel("Sidste år").fill("tyve nitten");
		desk.getByLabel("Total, som kilden skriver den").fill("1,2 mia. kr.");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem programmet")).click();

		assertThat(desk.locator("#lastYear-error").isVisible()).isTrue();
		accessible(desk, null);
		desk.getByLabel("Sidste år").fill("2019");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem programmet")).click();

		assertThat(desk.locator(".notice").textContent()).isEqualTo("Programmet er gemt.");
		assertThat(desk.locator("tr", new Page.LocatorOptions().setHasText(name)).textContent())
			.contains("Handlingsplan", "2016–2019", "1,2 mia. kr.");
		accessible(desk, null);
	}

	@Test
	void onAPhoneAnApplicantReachesEveryStepWithoutTurningThePageSideways() {
		Page page = Chromium.signIn(chromium.danishPhone(), url(""), this.applicant.username(),
				this.applicant.password());
		assertThat(pastTheWindow(page)).as(page.url()).isEmpty();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Søg " + this.poolName)).click();
		assertThat(pastTheWindow(page)).as(page.url()).isEmpty();
		page.getByLabel("Titel").fill("Sundhedsguide på telefonen i Aarhus");
		page.getByLabel("Kommunale akutfunktioner").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret kladden")).click();
		page.waitForURL("**/description");
		String application = page.url().replace("/description", "");

		for (String step : List.of("/basics", "/description", "/budget", "/attachments", "/submit")) {
			page.navigate(application + step);
			assertThat(pastTheWindow(page)).as(step).isEmpty();
		}
		page.navigate(url("/my/projects"));
		assertThat(pastTheWindow(page)).as(page.url()).isEmpty();
		page.navigate(application + "/budget");
		page.getByLabel("Beløb i kr., linje 1").scrollIntoViewIfNeeded();
		screenshot(page, "budget-phone.png");
	}

	private Page signIn(People.Person person) {
		return Chromium.signIn(chromium.danishPage(), url(""), person.username(), person.password());
	}

	private void accessible(Page page, String screenshot) {
		assertThat(violations(page)).as(page.url()).isEmpty();
		if (screenshot != null) {
			screenshot(page, screenshot);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
