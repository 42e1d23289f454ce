package dk.pulje.reports;

import java.nio.charset.StandardCharsets;
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
 * Seed 001's pool wants the final accounts audited: the project's organisation invites an
 * auditor by e-mail address; the auditor, signed in with an account of that address,
 * reads the accounts and nothing else, attaches the signed statement and signs off; only
 * then can the report be handed in and approved.
 */
@IntegrationTest
class AuditTests {

	private static final byte[] STATEMENT = "%PDF-1.4\n% revisorerklæring\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	Api caseworker;

	Api applicant;

	Api auditor;

	String auditorEmail;

	long report;

	@BeforeEach
	void aFinalReportCompleteButForTheAudit() {
		this.caseworker = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(this.caseworker);
		long call = fixtures.closedCall(fixtures.pool(), "2000000.00");
		long organisation = fixtures.organisation("751");
		fixtures.grantInFull(fixtures.submitted(call, organisation, Map.of(2018, "600000.00")));
		long project = this.caseworker.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		this.applicant = new People(this.caseworker).open(Role.APPLICANT, List.of(organisation)).api();
		String username = Fixtures.unique("revisor").replace(" ", "-");
		this.auditorEmail = username + "@revision.example";
		// An auditor signs in with an applicant's account of the address invited, as a
		// co-author does
		Api.Response opened = this.caseworker.post("/api/v1/accounts", Map.of("username", username, "email",
				this.auditorEmail, "role", "APPLICANT", "organisationIds", List.of(fixtures.organisation("461"))));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		this.auditor = this.caseworker.withPassword(username, opened.body().path("initialPassword").asString());
		this.report = this.applicant.post("/api/v1/reports", Map.of("grantedProjectId", project, "obligationNo", 1))
			.id();
		this.applicant.put("/api/v1/reports/" + this.report, complete("550000.00"), null);
	}

	private static Map<String, Object> complete(String spent) {
		return Map.of("goals", List.of(Map.of("no", 1, "outcome", "REACHED", "account", "Målet er nået.")), "results",
				"En akutfunktion i drift.", "continues", true, "spending", List.of(Map.of("line", 1, "spent", spent)),
				"publicSummary", "En akutfunktion i drift.");
	}

	private Api.Response invite() {
		return this.applicant.post("/api/v1/reports/" + this.report + "/auditor", Map.of("email", this.auditorEmail));
	}

	private Api.Response signOff(Api who) {
		return who.post("/api/v1/reports/" + this.report + "/sign-off",
				Map.of("name", "Revisor Hansen", "firm", "Revision & Co", "standard", "ISA 805"));
	}

	@Test
	void accountsThePoolWantsAuditedCannotBeHandedInWithoutTheSignOff() {
		Api.Response refused = this.applicant.post("/api/v1/reports/" + this.report + "/hand-in", Map.of());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("report-audit-missing");
		assertThat(refused.text("field")).isEqualTo("auditor");
	}

	@Test
	void theInvitedAuditorAttachesTheStatementSignsOffAndTheReportCanThenBeHandedIn() {
		invite();

		Api.Response beforeTheStatement = signOff(this.auditor);
		Api.Response notAPdf = this.auditor.upload("/api/v1/reports/" + this.report + "/audit-statement",
				"erklaering.docx", "ikke en pdf".getBytes(StandardCharsets.UTF_8));
		Api.Response attached = this.auditor.upload("/api/v1/reports/" + this.report + "/audit-statement",
				"erklaering.pdf", STATEMENT);
		Api.Response byTheApplicant = signOff(this.applicant);
		Api.Response signed = signOff(this.auditor);
		Api.Response handedIn = this.applicant.post("/api/v1/reports/" + this.report + "/hand-in", Map.of());

		assertThat(beforeTheStatement.text("rule")).isEqualTo("audit-statement-missing");
		assertThat(notAPdf.text("rule")).isEqualTo("audit-statement-not-pdf");
		assertThat(attached.status()).as(attached.body().toString()).isEqualTo(200);
		assertThat(byTheApplicant.text("rule")).isEqualTo("audit-only-auditor");
		assertThat(signed.body().path("audit").path("auditorFirm").asString()).isEqualTo("Revision & Co");
		assertThat(handedIn.text("status")).isEqualTo("HANDED_IN");
		assertThat(this.caseworker.get("/api/v1/reports/" + this.report + "/audit-statement").status()).isEqualTo(200);
	}

	@Test
	void theAuditorReadsTheAccountsButChangesNothingElseAndSeesNoOtherReport() {
		long otherReport = this.report;
		Api.Response notInvited = this.auditor.get("/api/v1/reports/" + otherReport);
		assertThat(notInvited.status()).as("not invited yet: " + notInvited.body() + notInvited.headers())
			.isEqualTo(404);
		invite();

		assertThat(this.auditor.get("/api/v1/reports/" + this.report).status()).isEqualTo(200);
		assertThat(this.auditor.put("/api/v1/reports/" + this.report, complete("1.00"), null).status()).isEqualTo(404);
		assertThat(this.auditor.post("/api/v1/reports/" + this.report + "/hand-in", Map.of()).status()).isEqualTo(404);
		assertThat(this.auditor.get("/api/v1/reports/audits").body().path(0).path("id").asLong())
			.isEqualTo(this.report);
	}

	@Test
	void aChangeOfTheSpendingAfterTheSignOffNeedsANewSignOff() {
		invite();
		this.auditor.upload("/api/v1/reports/" + this.report + "/audit-statement", "erklaering.pdf", STATEMENT);
		signOff(this.auditor);

		Api.Response changed = this.applicant.put("/api/v1/reports/" + this.report, complete("560000.00"), null);

		assertThat(changed.body().path("audit").path("signedAt").isNull()).isTrue();
		assertThat(this.applicant.post("/api/v1/reports/" + this.report + "/hand-in", Map.of()).text("rule"))
			.isEqualTo("report-audit-missing");
	}

}
