package dk.pulje.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
import static dk.pulje.Chromium.unevenFilterRows;
import static dk.pulje.Chromium.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant's second half in Chromium, every page checked with axe: the applicant writes
 * the final report and its accounts and invites the auditor, who attaches the statement
 * and signs off; the report is handed in; the caseworker returns it once and approves it
 * revised, which claims back the money not spent; the repayment is recorded; the project
 * closes.
 */
@BrowserTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=browser" })
class FollowUpBrowserTests {

	private static final Chromium chromium = Chromium.shared();

	@LocalServerPort
	int port;

	@Test
	void aFinalReportFromHandingInToTheClosedProject() {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		Map<String, Object> poolRequest = new HashMap<>(fixtures.poolRequest());
		poolRequest.put("indicators", List.of(Map.of("name", "Borgere med et akutforløb", "unit", "borgere")));
		long call = fixtures.closedCall(fixtures.pool(poolRequest), "2000000.00");
		long organisation = fixtures.organisation("751");
		fixtures.grantInFull(fixtures.submitted(call, organisation, Map.of(2018, "600000.00", 2019, "400000.00")));
		Api.Response granted = administrator.get("/api/v1/granted-projects?callId=" + call);
		long project = granted.body().path("items").get(0).path("id").asLong();
		String title = granted.body().path("items").get(0).path("title").asString();
		long application = granted.body().path("items").get(0).path("applicationId").asLong();
		for (int year : List.of(2018, 2019)) {
			administrator.post("/api/v1/granted-projects/" + project + "/payments", Map.of("kind", "PAYMENT", "paidOn",
					year + "-02-01", "fiscalYear", year, "amount", year == 2018 ? "600000.00" : "400000.00"));
		}
		People people = new People(administrator);
		People.Person applicantAccount = people.open(Role.APPLICANT, List.of(organisation));
		People.Person caseworkerAccount = people.open(Role.CASEWORKER, List.of());
		String auditorName = Fixtures.unique("revisor").replace(" ", "-");
		String auditorEmail = auditorName + "@revision.example";
		Api.Response auditorAccount = administrator.post("/api/v1/accounts", Map.of("username", auditorName, "email",
				auditorEmail, "role", "APPLICANT", "organisationIds", List.of(fixtures.organisation("461"))));
		Page applicant = Chromium.signIn(chromium.danishPage(), base(), applicantAccount.username(),
				applicantAccount.password());
		Page caseworker = Chromium.signIn(chromium.danishPage(), base(), caseworkerAccount.username(),
				caseworkerAccount.password());

		applicant.navigate(base() + "/my/projects");
		assertThat(violations(applicant)).isEmpty();
		link(applicant, title).first().click();
		assertThat(applicant.locator("#obligations").textContent()).contains("Overskredet");
		assertThat(violations(applicant)).isEmpty();
		button(applicant, "Skriv rapporten").click();
		applicant.getByLabel("Delvist nået").check();
		assertThat(violations(applicant)).isEmpty();
		applicant.getByLabel("Redegørelse for målet").fill("Færre genindlæggelser i to af tre distrikter.");
		button(applicant, "Gem og fortsæt").click();

		applicant.getByLabel("Hvad projektet har ført til").fill("En akutfunktion, der kører i drift.");
		applicant.getByLabel("Borgere med et akutforløb (borgere)").fill("1.076");
		applicant.getByLabel("Ja").check();
		applicant.getByLabel("Hvordan arbejdet finansieres efter bevillingen").fill("Kommunens driftsbudget.");
		applicant.getByLabel("Resumé til offentligheden (vises på puljens side, når rapporten er godkendt)")
			.fill("Kommunen har afprøvet en akutfunktion, der nu kører i drift.");
		applicant.getByLabel("Hvad projektet har ført til").focus();
		applicant.locator("#saved-status span").waitFor();
		assertThat(applicant.locator("#saved-status").textContent()).contains("Kladden er gemt");
		assertThat(violations(applicant)).isEmpty();
		screenshot(applicant, "report-form.png");
		button(applicant, "Gem og fortsæt").click();

		applicant.getByLabel("Forbrugt på Løn, 2018").fill("564.749,50");
		applicant.getByLabel("Forbrugt på Løn, 2019").fill("400.000");
		button(applicant, "Gem kladde").click();
		assertThat(applicant.locator("#unspent-total").textContent()).isEqualTo("35.250,50 kr.");
		assertThat(violations(applicant)).isEmpty();
		screenshot(applicant, "report-accounts.png");
		applicant.getByLabel("Revisors e-mailadresse").fill(auditorEmail);
		button(applicant, "Invitér revisor").click();
		assertThat(applicant.locator("#audit-status").textContent()).contains(auditorEmail);

		link(applicant, "Bilag").click();
		applicant.getByLabel("Vedhæft en fil (PDF, Word, Excel, OpenDocument eller et billede, højst 10 MB)")
			.setInputFiles(new FilePayload("monitorering.pdf", "application/pdf",
					"%PDF-1.4\n% monitoreringsdata\n".getBytes(StandardCharsets.UTF_8)));
		button(applicant, "Vedhæft").click();
		assertThat(applicant.locator("#attachments").textContent()).contains("monitorering.pdf");
		assertThat(violations(applicant)).isEmpty();
		link(applicant, "Videre til aflevering").click();
		assertThat(applicant.locator(".error-summary").textContent()).contains("revisor");
		assertThat(violations(applicant)).isEmpty();
		String report = applicant.url().replaceAll(".*/my/reports/(\\d+).*", "$1");

		Page auditor = Chromium.signIn(chromium.danishPage(), base(), auditorName,
				auditorAccount.body().path("initialPassword").asString());
		auditor.navigate(base() + "/my/audits/" + report);
		assertThat(auditor.locator("#unspent-total").textContent()).isEqualTo("35.250,50 kr.");
		assertThat(violations(auditor)).isEmpty();
		auditor.getByLabel("Erklæring (PDF)")
			.setInputFiles(new FilePayload("erklaering.pdf", "application/pdf",
					"%PDF-1.4\n% revisorerklæring\n".getBytes(StandardCharsets.UTF_8)));
		button(auditor, "Vedhæft").click();
		auditor.getByLabel("Dit navn").fill("Revisor Hansen");
		auditor.getByLabel("Firma").fill("Revision & Co");
		auditor.getByLabel("Standard, der er revideret efter").fill("ISA 805");
		button(auditor, "Godkend regnskabet").click();
		assertThat(auditor.locator("#signed-off").textContent()).contains("Revisor Hansen", "ISA 805");
		assertThat(violations(auditor)).isEmpty();
		screenshot(auditor, "audit.png");

		applicant.reload();
		assertThat(applicant.locator("main").textContent()).contains("Intet mangler", "1.076 borgere");
		screenshot(applicant, "report-hand-in.png");
		button(applicant, "Aflever rapporten").click();
		assertThat(applicant.locator("main").textContent()).contains("Rapporten er afleveret.");

		caseworker.navigate(base() + "/casework/projects/" + project);
		button(caseworker, "Giv projektet").click();
		assertThat(caseworker.locator("#followed-by").textContent()).contains(caseworkerAccount.username());
		assertThat(violations(caseworker)).isEmpty();
		caseworker.navigate(base() + "/casework/reports?state=HANDED_IN");
		caseworker.getByLabel("Sagsbehandler").selectOption("mine");
		button(caseworker, "Vis").click();
		assertThat(caseworker.locator("#queue").textContent()).contains(title, caseworkerAccount.username());
		assertThat(violations(caseworker)).isEmpty();
		assertThat(unevenFilterRows(caseworker)).isEmpty();
		screenshot(caseworker, "follow-up-queue.png");
		caseworker.getByLabel("Åbn rapporten om " + title).click();
		assertThat(violations(caseworker)).isEmpty();
		caseworker.getByLabel("Hvorfor rapporten sendes retur (organisationen læser dette)")
			.fill("Resultaterne skal beskrives med tal fra monitoreringen; ret det, og aflever igen.");
		button(caseworker, "Send rapporten retur").click();
		assertThat(caseworker.locator("main").textContent()).contains("Rapporten er sendt retur til organisationen.");

		applicant.reload();
		assertThat(applicant.locator("#return-reason").textContent()).contains("tal fra monitoreringen");
		assertThat(violations(applicant)).isEmpty();
		link(applicant, "Resultater").click();
		applicant.getByLabel("Hvad projektet har ført til")
			.fill("En akutfunktion i drift; 212 færre indlæggelser af ældre medicinske patienter i 2019.");
		button(applicant, "Gem og fortsæt").click();
		link(applicant, "Aflevering").click();
		button(applicant, "Aflever rapporten").click();
		assertThat(applicant.locator("main").textContent()).contains("Rapporten er afleveret.");

		caseworker.reload();
		assertThat(caseworker.locator("#claim-proposed").textContent()).contains("35.250,50 kr.");
		screenshot(caseworker, "report-review.png");
		button(caseworker, "Godkend rapporten").click();
		assertThat(caseworker.locator("main").textContent()).contains("Rapporten er godkendt.", "Version 2",
				"Sendt retur");
		assertThat(violations(caseworker)).isEmpty();

		caseworker.navigate(base() + "/casework/applications/" + application);
		caseworker.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Tilbagebetaling")).check();
		caseworker.getByLabel("Dato").fill("2021-05-20");
		caseworker.getByLabel("Tilsagnsår").selectOption("2018");
		caseworker.getByLabel("Beløb i kr.").fill("35.250,50");
		button(caseworker, "Registrér").click();
		assertThat(caseworker.locator("main").textContent()).contains("Udbetalingen er registreret.");

		caseworker.navigate(base() + "/casework/projects/" + project);
		assertThat(caseworker.locator("#claims").textContent()).contains("0 kr.", "35.250,50 kr.");
		button(caseworker, "Luk projektet").click();
		assertThat(caseworker.locator("#closed").textContent()).contains("Projektet blev lukket");
		assertThat(violations(caseworker)).isEmpty();
		screenshot(caseworker, "project-closed.png");

		applicant.navigate(base() + "/my/projects/" + project);
		assertThat(applicant.locator("#obligations").textContent()).contains("Godkendt");
		assertThat(violations(applicant)).isEmpty();
		screenshot(applicant, "my-project.png");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
