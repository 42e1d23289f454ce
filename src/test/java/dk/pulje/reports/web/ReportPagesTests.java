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
		this.pool = fixtures.poolWithoutAudit(List.of(Map.of("name", "Borgere med et akutforløb", "unit", "borgere")));
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

	/**
	 * Saves a step of the report as its page fills it in, with the fields named typed.
	 */
	private HttpResponse<String> save(String report, String step, String... typed) {
		return this.applicant.post(report + "/" + step, filledIn(this.applicant.get(report + "/" + step), typed));
	}

	private HttpResponse<String> handIn(String report, String spent2018) {
		save(report, "goals", "goals[0].outcome", "REACHED", "goals[0].account", "Målet er nået i alle distrikter.");
		save(report, "results", "results", "Færre genindlæggelser.", "indicators[0].measured", "1.076", "continues",
				"true", "publicSummary", "Akutfunktionen er afprøvet og fortsætter i drift.");
		save(report, "accounts", "spending[0].spent", spent2018, "spending[1].spent", "0");
		return this.applicant.post(report + "/hand-in", filledIn(this.applicant.get(report + "/hand-in")));
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

		Document listed = this.applicant.get(report + "/hand-in");
		Document refused = page(this.applicant.post(report + "/hand-in", filledIn(listed)));

		assertThat(listed.select(".error-summary a").eachAttr("href")).containsExactly(
				report + "/goals?check#goals-0-outcome", report + "/goals?check#goals-0-account",
				report + "/results?check#indicators-0-measured", report + "/results?check#results",
				report + "/results?check#continues", report + "/results?check#publicSummary");
		assertThat(refused.select(".error-summary h3").text()).contains("Rapporten blev ikke afleveret");
		assertThat(this.applicant.get(report).getElementById("report-status").text()).contains("Kladde");
		assertThat(this.applicant.get(report + "/goals?check").getElementById("goals-0-account-error")).isNotNull();
	}

	@Test
	void eachStepSavesItsOwnFieldsAndLeavesTheOthersAsTheyWere() {
		String report = startTheReport();
		save(report, "results", "results", "Færre genindlæggelser.", "indicators[0].measured", "1.076",
				"indicators[0].comment", "Opgjort ved årets udgang.");

		String next = redirect(this.applicant.post(report + "/goals", filledIn(this.applicant.get(report + "/goals"),
				"goals[0].outcome", "PARTLY_REACHED", "go", "results")));

		assertThat(next).isEqualTo(report + "/results?saved");
		Document results = this.applicant.get(next);
		assertThat(results.getElementById("results").text()).isEqualTo("Færre genindlæggelser.");
		assertThat(results.getElementById("indicators-0-measured").val()).isEqualTo("1076");
		assertThat(results.select("label[for=indicators-0-measured]").text())
			.isEqualTo("Borgere med et akutforløb (borgere)");
		Document handIn = this.applicant.get(report + "/hand-in");
		assertThat(handIn.select("table.indicators").text()).contains("Borgere med et akutforløb", "1.076 borgere",
				"Opgjort ved årets udgang.");
		assertThat(handIn.select(".goals").text()).contains("Delvist nået");
	}

	@Test
	void anIndicatorValueThatIsNotANumberIsNamedAtItsFieldAndNothingIsSaved() {
		String report = startTheReport();
		save(report, "results", "results", "Færre genindlæggelser.");

		Document refused = page(
				save(report, "results", "results", "Noget andet.", "indicators[0].measured", "omkring tusind"));

		assertThat(refused.getElementById("indicators-0-measured-error")).isNotNull();
		assertThat(refused.getElementById("indicators-0-measured").val()).isEqualTo("omkring tusind");
		assertThat(this.applicant.get(report + "/results").getElementById("results").text())
			.isEqualTo("Færre genindlæggelser.");
	}

	@Test
	void theAccountsShowTheUnspentMoneyOnceTheSpendingIsSaved() {
		String report = startTheReport();

		String saved = redirect(save(report, "accounts", "spending[0].spent", "564.749,50"));

		Document page = this.applicant.get(saved);
		assertThat(page.getElementById("unspent-total").text()).isEqualTo("35.250,50 kr.");
		assertThat(page.getElementById("spending-0-spent").val()).isEqualTo("564749,50");
	}

	@Test
	void anAmountThatIsNotAnAmountIsNamedAtItsLine() {
		String report = startTheReport();

		Document refused = page(save(report, "accounts", "spending[1].spent", "mange penge"));

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
		String results = report + "/results";
		String[] typed = filledIn(this.applicant.get(results), "results", "Færre genindlæggelser.");

		String first = redirect(this.applicant.post(results, typed));
		String again = redirect(this.applicant.post(results, typed));
		Document refused = page(this.applicant.post(results,
				filledIn(this.applicant.get(results), "version", "0", "results", "Noget andet.")));

		assertThat(first).endsWith("/results?saved");
		assertThat(again).as("the same text racing itself").endsWith("?saved");
		assertThat(refused.getElementById("saved-status").text()).contains("En anden har ændret rapporten");
		assertThat(this.applicant.get(results).getElementById("results").text()).isEqualTo("Færre genindlæggelser.");
	}

}
