package dk.pulje.reports.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.StaffPages.filledIn;
import static dk.pulje.StaffPages.page;
import static dk.pulje.StaffPages.redirect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pages as a browser without JavaScript uses them: the applicant finds what
 * its project owes, writes the final report with its accounts and hands it in; the
 * caseworker finds it in the follow-up queue, returns it, and approves it once revised.
 */
@IntegrationTest
class ReportPagesTests {

	@LocalServerPort
	int port;

	StaffPages applicant;

	StaffPages caseworker;

	long project;

	long pool;

	String title;

	@BeforeEach
	void grantAProject() {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		this.pool = fixtures.poolWithoutAudit();
		long call = fixtures.closedCall(this.pool, "2000000.00");
		long organisation = fixtures.organisation("751");
		long application = fixtures.submitted(call, organisation, Map.of(2018, "600000.00", 2019, "400000.00"));
		fixtures.grantInFull(application);
		Api.Response granted = administrator.get("/api/v1/granted-projects?callId=" + call);
		this.project = granted.body().path("items").get(0).path("id").asLong();
		this.title = granted.body().path("items").get(0).path("title").asString();
		administrator.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "600000.00"));
		this.applicant = StaffPages.signedIn(this.port,
				new People(administrator).open(Role.APPLICANT, List.of(organisation)));
		this.caseworker = StaffPages.caseworker(this.port);
	}

	private String startTheReport() {
		Document project = this.applicant.get("/my/projects/" + this.project);
		assertThat(project.getElementById("obligations").text()).contains("Slutrapport", "31. marts 2021",
				"Overskredet");
		return redirect(this.applicant.post("/my/projects/" + this.project + "/reports", "obligationNo", "1"));
	}

	private HttpResponse<String> handIn(String report, String spent2018) {
		Document form = this.applicant.get(report);
		return this.applicant.post(report,
				filledIn(form, "goals[0].outcome", "REACHED", "goals[0].account", "Målet er nået i alle distrikter.",
						"results", "Færre genindlæggelser.", "continues", "true", "publicSummary",
						"Akutfunktionen er afprøvet og fortsætter i drift.", "spending[0].spent", spent2018,
						"spending[1].spent", "0", "handIn", "yes"));
	}

	@Test
	void theApplicantFindsWhatItsProjectOwesAndStartsTheReport() {
		Document mine = this.applicant.get("/my/projects");

		assertThat(mine.getElementById("obligations").text()).contains(this.title, "Slutrapport");
		assertThat(startTheReport()).matches("/my/reports/\\d+");
	}

	@Test
	void aReportHandedInIncompleteComesBackWithEveryMissingPartNamedAndIsNotHandedIn() {
		String report = startTheReport();

		Document refused = page(this.applicant.post(report, filledIn(this.applicant.get(report), "handIn", "yes")));

		assertThat(refused.select(".error-summary a").eachAttr("href")).contains("#goals-0-outcome", "#goals-0-account",
				"#results", "#continues");
		assertThat(this.applicant.get(report).getElementById("report-status").text()).contains("Kladde");
	}

	@Test
	void theAccountsShowTheUnspentMoneyOnceTheSpendingIsSaved() {
		String report = startTheReport();
		Document form = this.applicant.get(report);

		String saved = redirect(this.applicant.post(report, filledIn(form, "spending[0].spent", "564.749,50")));

		Document page = this.applicant.get(saved);
		assertThat(page.getElementById("unspent-total").text()).isEqualTo("35.250,50 kr.");
		assertThat(page.getElementById("spending-0-spent").val()).isEqualTo("564749,50");
	}

	@Test
	void anAmountThatIsNotAnAmountIsNamedAtItsLine() {
		String report = startTheReport();

		Document refused = page(
				this.applicant.post(report, filledIn(this.applicant.get(report), "spending[1].spent", "mange penge")));

		assertThat(refused.getElementById("spending-1-spent-error")).isNotNull();
		assertThat(refused.getElementById("spending-1-spent").val()).isEqualTo("mange penge");
	}

	@Test
	void theCaseworkerReturnsTheReportWithReasonsAndApprovesItOnceRevised() {
		String report = startTheReport();
		assertThat(redirect(handIn(report, "600.000"))).endsWith("?handedIn");
		String id = report.substring(report.lastIndexOf('/') + 1);

		Document queue = this.caseworker.get("/casework/reports?state=HANDED_IN");
		assertThat(queue.getElementById("queue").text()).contains(this.title, "Afleveret, afventer behandling");
		Document review = this.caseworker.get("/casework/reports/" + id);
		assertThat(review.getElementById("claim-proposed")).as("all that was paid was spent").isNull();
		String version = review.select("form[action$=/return] input[name=version]").val();
		Document withoutReason = page(
				this.caseworker.post("/casework/reports/" + id + "/return", "version", version, "reason", " "));
		assertThat(withoutReason.select(".error-summary a").eachAttr("href")).contains("#reason");
		assertThat(redirect(this.caseworker.post("/casework/reports/" + id + "/return", "version", version, "reason",
				"Regnskabet mangler revisors påtegning.")))
			.endsWith("?returned");

		Document returned = this.applicant.get(report);
		assertThat(returned.getElementById("return-reason").text()).contains("revisors påtegning");
		assertThat(redirect(handIn(report, "590.000"))).endsWith("?handedIn");
		Document revised = this.caseworker.get("/casework/reports/" + id);
		assertThat(revised.getElementById("claim-proposed").text()).contains("10.000 kr.");
		String newVersion = revised.select("form[action$=/approve] input[name=version]").val();
		assertThat(redirect(this.caseworker.post("/casework/reports/" + id + "/approve", "version", newVersion)))
			.endsWith("?approved");

		Document approved = this.applicant.get(report);
		assertThat(approved.getElementById("report-status").text()).contains("Godkendt");
		assertThat(approved.select("main form[method=post]")).isEmpty();
		assertThat(approved.getElementById("version-1").text()).contains("Sendt retur", "600.000 kr.");
		assertThat(approved.getElementById("version-2").text()).contains("Godkendt", "590.000 kr.");
		assertThat(approved.getElementById("unspent-total").text()).isEqualTo("10.000 kr.");
		assertThat(this.applicant.get("/pools/" + this.pool).select(".summary").text())
			.isEqualTo("Akutfunktionen er afprøvet og fortsætter i drift.");
		assertThat(this.applicant.get("/my/projects/" + this.project).getElementById("claims").text())
			.contains("10.000 kr.", "2018");
	}

	@Test
	void theCaseworkerMovesADueDateFromTheProjectsPageAndAMissingReasonIsNamed() {
		Document project = this.caseworker.get("/casework/projects/" + this.project);
		String version = project.select("form[action$=/due-date] input[name=version]").val();

		Document refused = page(this.caseworker.post("/casework/projects/" + this.project + "/obligations/1/due-date",
				"version", version, "dueDate", "2021-06-30", "reason", ""));
		String moved = redirect(this.caseworker.post("/casework/projects/" + this.project + "/obligations/1/due-date",
				"version", version, "dueDate", "2021-06-30", "reason", "Forlænget projektperiode."));

		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#reason-1");
		assertThat(this.caseworker.get(moved).getElementById("obligation-1").text()).contains("30. juni 2021");
		assertThat(this.caseworker.get(moved).getElementById("moved-1").text()).contains("31. marts 2021",
				"Forlænget projektperiode.");
		assertThat(this.applicant.get("/my/projects/" + this.project).getElementById("obligations").text())
			.contains("30. juni 2021");
	}

	@Test
	void aSaveOnAnOlderVersionGoesThroughOnlyWhenTheStoredReportAlreadySaysTheSame() {
		String report = startTheReport();
		String[] typed = filledIn(this.applicant.get(report), "results", "Færre genindlæggelser.");

		String first = redirect(this.applicant.post(report, typed));
		String again = redirect(this.applicant.post(report, typed));
		Document refused = page(this.applicant.post(report,
				filledIn(this.applicant.get(report), "version", "0", "results", "Noget andet.")));

		assertThat(first).endsWith("?saved");
		assertThat(again).as("the same text racing itself").endsWith("?saved");
		assertThat(refused.getElementById("saved-status").text()).contains("En anden har ændret rapporten");
		assertThat(this.applicant.get(report).getElementById("results").text()).isEqualTo("Færre genindlæggelser.");
	}

}
