package dk.pulje.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A granted project's final report: drafted by its organisation from the application's
 * goals and budget, handed in when complete, returned with reasons or approved by the
 * authority, every version kept; its accounts computed to the øre.
 */
@IntegrationTest
class ReportTests {

	@LocalServerPort
	int port;

	Api caseworker;

	Api applicant;

	long project;

	long call;

	@BeforeEach
	void grantAProjectOfSeed001sKind() {
		this.caseworker = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(this.caseworker);
		long call = fixtures.closedCall(fixtures.poolWithoutAudit(), "2000000.00");
		this.call = call;
		long organisation = fixtures.organisation("751");
		long application = fixtures.submitted(call, organisation, Map.of(2018, "600000.00", 2019, "400000.00"));
		assertThat(fixtures.grantInFull(application).status()).isEqualTo(200);
		this.project = this.caseworker.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		this.applicant = new People(this.caseworker).open(Role.APPLICANT, List.of(organisation)).api();
	}

	private Api.Response start() {
		return this.applicant.post("/api/v1/reports", Map.of("grantedProjectId", this.project, "obligationNo", 1));
	}

	private static Map<String, Object> complete(String spent2018, String spent2019) {
		return Map.of("goals", List.of(Map.of("no", 1, "outcome", "PARTLY_REACHED", "account", "Halvdelen af målet.")),
				"results", "Færre genindlæggelser i to af tre distrikter.", "continues", true, "continuation",
				"Kommunens driftsbudget.", "spending",
				List.of(Map.of("line", 1, "spent", spent2018), Map.of("line", 2, "spent", spent2019)), "publicSummary",
				"Akutfunktionen er afprøvet og fortsætter i drift.");
	}

	private static List<String> fields(Api.Response refused) {
		List<String> fields = new ArrayList<>();
		refused.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		return fields;
	}

	@Test
	void aReportStartsFromTheApplicationsGoalsAndBudgetAndIsDueWhenThePoolsRuleSays() {
		Api.Response started = start();

		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		assertThat(started.text("status")).isEqualTo("DRAFT");
		assertThat(started.text("reportKind")).isEqualTo("FINAL_REPORT");
		assertThat(started.text("dueDate")).isEqualTo("2021-03-31");
		assertThat(started.body().path("content").path("goals").size()).isEqualTo(1);
		assertThat(started.body().path("content").path("spending").get(1).path("budgeted").asString())
			.isEqualTo("400000.00");
		assertThat(start().id()).as("asked for again, the same report").isEqualTo(started.id());
	}

	@Test
	void anIncompleteReportIsRefusedWithEveryMissingPartNamedAndStaysADraft() {
		long report = start().id();

		Api.Response refused = this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(fields(refused)).containsExactlyInAnyOrder("goals[0].outcome", "goals[0].account", "results",
				"continues", "publicSummary");
		assertThat(this.applicant.get("/api/v1/reports/" + report).text("status")).isEqualTo("DRAFT");
	}

	@Test
	void theIndicatorsThePoolAsksForAreGivenInTheReportAndEachMissingOneIsNamed() {
		Fixtures fixtures = new Fixtures(this.caseworker);
		long pool = fixtures.poolWithoutAudit(List.of(Map.of("name", "Borgere i kursusforløb", "unit", "borgere"),
				Map.of("name", "Uddannede frivillige", "unit", "personer")));
		long call = fixtures.closedCall(pool, "2000000.00");
		long organisation = fixtures.organisation("461");
		fixtures.grantInFull(fixtures.submitted(call, organisation, Map.of(2018, "600000.00")));
		long project = this.caseworker.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		Api applicant = new People(this.caseworker).open(Role.APPLICANT, List.of(organisation)).api();
		long report = applicant.post("/api/v1/reports", Map.of("grantedProjectId", project, "obligationNo", 1)).id();
		Map<String, Object> withOneValue = new HashMap<>(complete("600000.00", "0.00"));
		withOneValue.put("spending", List.of(Map.of("line", 1, "spent", "600000.00")));
		withOneValue.put("indicators", List.of(Map.of("no", 1, "measured", 1076, "comment", "Opgjort 31. december.")));

		Api.Response revised = applicant.put("/api/v1/reports/" + report, withOneValue, null);
		Api.Response refused = applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());
		Api.Response unknown = applicant.put("/api/v1/reports/" + report,
				Map.of("indicators", List.of(Map.of("no", 3, "measured", 1))), null);

		assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
		assertThat(revised.body().path("content").path("indicators").get(0).path("measured").decimalValue())
			.isEqualByComparingTo("1076");
		assertThat(revised.body().path("content").path("indicators").get(1).path("unit").asString())
			.isEqualTo("personer");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(fields(refused)).containsExactly("indicators[1].measured");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(fields(unknown)).containsExactly("indicators[0].no");
	}

	@Test
	void theAccountsShowTheUnspentMoneyByYearToTheOere() {
		this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "600000.00"));
		this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2019-02-01", "fiscalYear", 2019, "amount", "400000.00"));
		long report = start().id();

		Api.Response revised = this.applicant.put("/api/v1/reports/" + report, complete("564749.50", "400000.00"),
				null);

		assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
		assertThat(revised.body().path("accounts").get(0).path("unspent").asString()).isEqualTo("35250.50");
		assertThat(revised.body().path("accounts").get(0).path("differenceFromBudget").asString())
			.isEqualTo("35250.50");
		assertThat(revised.body().path("accounts").get(1).path("unspent").asString()).isEqualTo("0.00");
		assertThat(revised.text("spentTotal")).isEqualTo("964749.50");
		assertThat(revised.text("unspentTotal")).isEqualTo("35250.50");
	}

	@Test
	void spendingBelowZeroIsRefusedAtItsLineAndNothingIsStored() {
		long report = start().id();

		Api.Response refused = this.applicant.put("/api/v1/reports/" + report, complete("-0.01", "100.00"), null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("field")).isEqualTo("spending[0].spent");
		assertThat(this.applicant.get("/api/v1/reports/" + report)
			.body()
			.path("content")
			.path("spending")
			.get(1)
			.path("spent")
			.asString()).isEqualTo("0.00");
	}

	@Test
	void aReturnedReportIsRevisedAndHandedInAgainAndEveryVersionIsKept() {
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("500000.00", "400000.00"), null);
		assertThat(this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of()).text("status"))
			.isEqualTo("HANDED_IN");

		Api.Response withoutReason = this.caseworker.post("/api/v1/reports/" + report + "/return", Map.of());
		Api.Response returned = this.caseworker.post("/api/v1/reports/" + report + "/return",
				Map.of("reason", "Regnskabet mangler revisors påtegning."));
		this.applicant.put("/api/v1/reports/" + report, complete("550000.00", "400000.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());
		Api.Response approved = this.caseworker.post("/api/v1/reports/" + report + "/approve", Map.of());

		assertThat(withoutReason.status()).isEqualTo(422);
		assertThat(withoutReason.text("field")).isEqualTo("reason");
		assertThat(returned.text("status")).isEqualTo("RETURNED");
		assertThat(returned.text("returnReason")).isEqualTo("Regnskabet mangler revisors påtegning.");
		assertThat(approved.text("status")).isEqualTo("APPROVED");
		assertThat(approved.body().path("versions").size()).isEqualTo(2);
		assertThat(approved.body().path("versions").get(0).path("decision").asString()).isEqualTo("RETURNED");
		assertThat(approved.body()
			.path("versions")
			.get(0)
			.path("content")
			.path("spending")
			.get(0)
			.path("spent")
			.asString()).isEqualTo("500000.00");
		assertThat(approved.body().path("versions").get(1).path("decision").asString()).isEqualTo("APPROVED");
	}

	@Test
	void anApprovedReportNeverChanges() {
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("500000.00", "400000.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());
		this.caseworker.post("/api/v1/reports/" + report + "/approve", Map.of());

		Api.Response refused = this.applicant.put("/api/v1/reports/" + report, complete("1.00", "1.00"), null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("report-not-editable");
		assertThat(this.applicant.get("/api/v1/reports/" + report).text("spentTotal")).isEqualTo("900000.00");
	}

	@Test
	void anApplicantCannotApproveItsOwnReport() {
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("500000.00", "400000.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());

		assertThat(this.applicant.post("/api/v1/reports/" + report + "/approve", Map.of()).status()).isEqualTo(403);
		assertThat(this.applicant.get("/api/v1/reports/" + report).text("status")).isEqualTo("HANDED_IN");
	}

	@Test
	void anotherOrganisationsApplicantFindsNeitherTheReportNorTheObligation() {
		long report = start().id();
		Api stranger = new People(this.caseworker)
			.open(Role.APPLICANT, List.of(new Fixtures(this.caseworker).organisation("101")))
			.api();

		assertThat(stranger.get("/api/v1/reports/" + report).status()).isEqualTo(404);
		assertThat(
				stranger.post("/api/v1/reports", Map.of("grantedProjectId", this.project, "obligationNo", 1)).status())
			.isEqualTo(404);
		assertThat(stranger.get("/api/v1/reports/obligations?grantedProjectId=" + this.project)
			.body()
			.path("items")
			.size()).isZero();
	}

	@Test
	void theQueueShowsTheObligationOverdueUntilTheReportIsHandedIn() {
		String obligation = "/api/v1/reports/obligations?grantedProjectId=" + this.project;
		assertThat(this.caseworker.get(obligation).body().path("items").get(0).path("state").asString())
			.isEqualTo("OVERDUE");
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("500000.00", "400000.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());

		Api.Response handedIn = this.caseworker.get(obligation + "&state=HANDED_IN");

		assertThat(handedIn.body().path("items").get(0).path("reportId").asLong()).isEqualTo(report);
		assertThat(this.applicant.get(obligation).body().path("items").get(0).path("state").asString())
			.isEqualTo("HANDED_IN");
		assertThat(this.caseworker.get(obligation + "&state=OVERDUE").body().path("items").size()).isZero();
	}

	@Test
	void approvingFinalAccountsWithUnspentMoneyClaimsItBackAndTheRepaymentSettlesTheClaim() {
		this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "600000.00"));
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("564749.50", "0.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());

		this.caseworker.post("/api/v1/reports/" + report + "/approve", Map.of());

		Api.Response claimed = this.caseworker.get("/api/v1/granted-projects/" + this.project);
		assertThat(claimed.body().path("repaymentClaims").size()).isEqualTo(1);
		assertThat(claimed.body().path("repaymentClaims").get(0).path("fiscalYear").asInt()).isEqualTo(2018);
		assertThat(claimed.text("claimedTotal")).isEqualTo("35250.50");
		assertThat(claimed.text("outstandingClaims")).isEqualTo("35250.50");
		Api.Response repaid = this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "REPAYMENT", "paidOn", "2018-12-01", "fiscalYear", 2018, "amount", "35250.50"));
		assertThat(repaid.text("outstandingClaims")).isEqualTo("0.00");
		assertThat(repaid.text("paidTotal")).isEqualTo("564749.50");
		assertThat(this.applicant.get("/api/v1/reports/" + report).text("unspentTotal")).isEqualTo("0.00");
	}

	@Test
	void approvingAccountsThatSpentEverythingPaidClaimsNothing() {
		this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "600000.00"));
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("600000.00", "0.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());

		this.caseworker.post("/api/v1/reports/" + report + "/approve", Map.of());

		assertThat(
				this.caseworker.get("/api/v1/granted-projects/" + this.project).body().path("repaymentClaims").size())
			.isZero();
	}

	@Test
	void aCaseworkerMovesADueDateWithTheReasonAndTheFirstDateIsKept() {
		String moveIt = "/api/v1/granted-projects/" + this.project + "/obligations/1/due-date";

		Api.Response withoutReason = this.caseworker.post(moveIt, Map.of("dueDate", "2021-06-30", "reason", " "));
		Api.Response byTheApplicant = this.applicant.post(moveIt,
				Map.of("dueDate", "2021-06-30", "reason", "Vi vil gerne have mere tid."));
		Api.Response moved = this.caseworker.post(moveIt,
				Map.of("dueDate", "2021-06-30", "reason", "Projektet blev forlænget ved tillægsbevilling."));

		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(fields(withoutReason)).containsExactly("reason");
		assertThat(byTheApplicant.status()).isEqualTo(403);
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(moved.body().path("obligations").get(0).path("dueDate").asString()).isEqualTo("2021-06-30");
		assertThat(moved.body().path("obligations").get(0).path("originalDueDate").asString()).isEqualTo("2021-03-31");
		assertThat(this.caseworker.get("/api/v1/reports/obligations?grantedProjectId=" + this.project)
			.body()
			.path("items")
			.get(0)
			.path("dueDate")
			.asString()).isEqualTo("2021-06-30");
	}

	@Test
	void aProjectClosesOnlyOnceItsReportsAreApprovedAndItsClaimsSettledAndThenChangesNoMore() {
		String close = "/api/v1/granted-projects/" + this.project + "/close";
		this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "600000.00"));
		long report = start().id();
		this.applicant.put("/api/v1/reports/" + report, complete("590000.00", "0.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());
		Api.Response reportsOwed = this.caseworker.post(close, Map.of());
		this.caseworker.post("/api/v1/reports/" + report + "/approve", Map.of());
		Api.Response claimOutstanding = this.caseworker.post(close, Map.of());
		this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "REPAYMENT", "paidOn", "2021-05-20", "fiscalYear", 2018, "amount", "10000.00"));
		assertThat(this.caseworker.get("/api/v1/granted-projects?callId=" + this.call)
			.body()
			.path("items")
			.get(0)
			.path("stage")
			.asString()).isEqualTo("REPORTING");

		Api.Response closed = this.caseworker.post(close, Map.of());

		assertThat(reportsOwed.text("rule")).isEqualTo("project-reports-not-approved");
		assertThat(claimOutstanding.text("rule")).isEqualTo("project-claims-outstanding");
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
		assertThat(closed.text("closedAt")).isNotBlank();
		assertThat(this.caseworker.get("/api/v1/granted-projects?callId=" + this.call)
			.body()
			.path("items")
			.get(0)
			.path("stage")
			.asString()).isEqualTo("CLOSED");
		Api.Response payment = this.caseworker.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2021-06-01", "fiscalYear", 2019, "amount", "1.00"));
		assertThat(payment.text("rule")).isEqualTo("project-closed");
		assertThat(this.caseworker
			.post("/api/v1/granted-projects/" + this.project + "/obligations/1/due-date",
					Map.of("dueDate", "2022-01-01", "reason", "Sent."))
			.text("rule")).isEqualTo("project-closed");
	}

	@Test
	void aPoolThatHoldsBackTenPercentRefusesTheLastPaymentUntilTheFinalReportIsApproved() {
		Fixtures fixtures = new Fixtures(this.caseworker);
		Map<String, Object> holdingBack = new HashMap<>(fixtures.poolRequest());
		holdingBack.put("reportingRequirements", List.of(Map.of("kind", "FINAL_REPORT", "monthsAfterEnd", 3)));
		holdingBack.put("holdBackPercent", 10);
		long call = fixtures.closedCall(fixtures.pool(holdingBack), "2000000.00");
		long organisation = fixtures.organisation("751");
		fixtures.grantInFull(fixtures.submitted(call, organisation, Map.of(2018, "600000.00", 2019, "400000.00")));
		long held = this.caseworker.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		String payments = "/api/v1/granted-projects/" + held + "/payments";
		this.caseworker.post(payments,
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "600000.00"));

		Api.Response beyond = this.caseworker.post(payments,
				Map.of("kind", "PAYMENT", "paidOn", "2019-02-01", "fiscalYear", 2019, "amount", "300000.01"));
		Api.Response upTo = this.caseworker.post(payments,
				Map.of("kind", "PAYMENT", "paidOn", "2019-02-01", "fiscalYear", 2019, "amount", "300000.00"));
		Api applicant = new People(this.caseworker).open(Role.APPLICANT, List.of(organisation)).api();
		long report = applicant.post("/api/v1/reports", Map.of("grantedProjectId", held, "obligationNo", 1)).id();
		applicant.put("/api/v1/reports/" + report, complete("600000.00", "400000.00"), null);
		applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());
		this.caseworker.post("/api/v1/reports/" + report + "/approve", Map.of());
		Api.Response released = this.caseworker.post(payments,
				Map.of("kind", "PAYMENT", "paidOn", "2021-05-01", "fiscalYear", 2019, "amount", "100000.00"));

		assertThat(beyond.status()).isEqualTo(422);
		assertThat(beyond.text("rule")).isEqualTo("payment-held-back");
		assertThat(beyond.text("detail")).contains("100.000 kr.");
		assertThat(upTo.status()).isEqualTo(200);
		assertThat(upTo.text("heldBack")).isEqualTo("100000.00");
		assertThat(released.status()).as(released.body().toString()).isEqualTo(200);
		assertThat(released.text("leftToPay")).isEqualTo("0.00");
	}

	@Test
	void filesAttachedToAReportAreKeptWithTheVersionHandedInEvenWhenTakenOffAfter() {
		long report = start().id();
		byte[] pdf = "%PDF-1.4\n% bilag\n".getBytes(StandardCharsets.UTF_8);

		Api.Response attached = this.applicant.upload("/api/v1/reports/" + report + "/attachments", "monitorering.pdf",
				pdf);
		Api.Response script = this.applicant.upload("/api/v1/reports/" + report + "/attachments", "noter.html",
				"<script>".getBytes(StandardCharsets.UTF_8));
		String key = attached.body().path("content").path("attachments").get(0).path("fileKey").asString();
		this.applicant.put("/api/v1/reports/" + report, complete("500000.00", "400000.00"), null);
		this.applicant.post("/api/v1/reports/" + report + "/hand-in", Map.of());
		this.caseworker.post("/api/v1/reports/" + report + "/return", Map.of("reason", "Mangler tal for 2019."));
		Api.Response removed = this.applicant.send("DELETE", "/api/v1/reports/" + report + "/attachments/" + key, null,
				null);

		assertThat(attached.status()).as(attached.body().toString()).isEqualTo(200);
		assertThat(script.text("rule")).isEqualTo("attachment-kind-not-allowed");
		assertThat(removed.body().path("content").path("attachments").size()).isZero();
		assertThat(removed.body()
			.path("versions")
			.get(0)
			.path("content")
			.path("attachments")
			.get(0)
			.path("fileName")
			.asString()).isEqualTo("monitorering.pdf");
		assertThat(this.caseworker.get("/api/v1/reports/" + report + "/attachments/" + key).status()).isEqualTo(200);
	}

}
