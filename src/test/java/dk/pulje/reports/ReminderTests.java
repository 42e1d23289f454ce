package dk.pulje.reports;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.Mails;
import dk.pulje.StaffPages;
import dk.pulje.TestClock;
import dk.pulje.accounts.OrganisationScope;
import dk.pulje.accounts.People;
import dk.pulje.mail.MailServer;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of a final report due 31 March 2021 (seed 001's rule: three months after a
 * project period that ends in 2020), over SMTP: to the project's applicants 30 and 7 days
 * before and on the day, to the caseworkers 14 days after; each once, however many nodes
 * remind at the same moment, and again once the mail server is back.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "pulje.test.db-name=reminders" })
class ReminderTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	Reminders reminders;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpCaseworkers caseworkers;

	@Autowired
	OrganisationScope people;

	@Autowired
	MailServer mail;

	String applicant;

	People.Person applicantAccount;

	String caseworker;

	long project;

	String title;

	@BeforeEach
	void aProjectWithAFinalReportDueOn31March2021() {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		long call = fixtures.closedCall(fixtures.pool(), "2000000.00");
		long organisation = fixtures.organisation("751");
		long application = fixtures.submitted(call, organisation, Map.of(2018, "600000.00"));
		fixtures.grantInFull(application);
		Api.Response granted = administrator.get("/api/v1/granted-projects?callId=" + call);
		this.project = granted.body().path("items").get(0).path("id").asLong();
		this.title = granted.body().path("items").get(0).path("title").asString();
		this.applicantAccount = open(administrator, "APPLICANT", List.of(organisation));
		this.applicant = this.applicantAccount.username() + "@example.dk";
		this.caseworker = open(administrator, "CASEWORKER", List.of()).username() + "@example.dk";
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	/** An account with an e-mail address: its username at example.dk. */
	private static People.Person open(Api administrator, String role, List<Long> organisations) {
		String username = Fixtures.unique(role.toLowerCase()).replace(" ", "-");
		Api.Response opened = administrator.post("/api/v1/accounts", Map.of("username", username, "email",
				username + "@example.dk", "role", role, "organisationIds", organisations));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		String password = opened.body().path("initialPassword").asString();
		return new People.Person(opened.body().path("account").path("id").asLong(), username, password,
				administrator.withPassword(username, password));
	}

	private void on(int year, int month, int day) {
		this.clock.set(DanishTime.at(LocalDateTime.of(year, month, day, 8, 0)).toInstant());
	}

	/** The mails sent to a person about this project, by subject. */
	private List<String> mailsTo(String email) {
		return Mails.to(smtp, email, this.title);
	}

	@Test
	void theApplicantsAreRemindedThirtyAndSevenDaysBeforeAndOnTheDayAndTheCaseworkersWhenOverdue() {
		on(2021, 3, 1);
		this.reminders.run();
		this.reminders.run();
		on(2021, 3, 20);
		this.reminders.run();
		on(2021, 3, 24);
		this.reminders.run();
		on(2021, 3, 31);
		this.reminders.run();
		on(2021, 4, 13);
		this.reminders.run();
		assertThat(mailsTo(this.caseworker)).isEmpty();
		on(2021, 4, 14);
		this.reminders.run();

		assertThat(mailsTo(this.applicant)).hasSize(3)
			.allSatisfy(subject -> assertThat(subject).contains("Påmindelse", "31. marts 2021"));
		assertThat(mailsTo(this.caseworker)).singleElement()
			.satisfies(subject -> assertThat(subject).startsWith("Forsinket"));
		assertThat(this.reminders.of(this.project)).extracting(Reminders.Reminder::kind)
			.containsExactly("BEFORE_30", "BEFORE_7", "DUE", "OVERDUE_14");
	}

	@Test
	void anOverdueReportIsAnnouncedToTheProjectsOwnCaseworkerOnceSomeoneHasTakenIt() {
		Api administrator = Api.asAdministrator(this.port);
		People.Person own = open(administrator, "CASEWORKER", List.of());
		Api.Response given = administrator.put("/api/v1/granted-projects/" + this.project + "/caseworker",
				Map.of("caseworker", own.username()), "0");
		assertThat(given.status()).as(given.body().toString()).isEqualTo(200);

		on(2021, 4, 14);
		this.reminders.run();

		assertThat(mailsTo(own.username() + "@example.dk")).singleElement()
			.satisfies(subject -> assertThat(subject).startsWith("Forsinket"));
		assertThat(mailsTo(this.caseworker)).as("another caseworker's project").isEmpty();
	}

	@Test
	void twoNodesRemindingAtTheSameMomentSendEachReminderOnceAndNotAgainAfterARestart() throws Exception {
		on(2021, 3, 24);
		Reminders otherNode = new Reminders(this.jdbc, this.mail, this.clock, this.caseworkers, this.people,
				List.of(30, 7), "pulje@localhost", "http://localhost");
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> runAfter(together, this.reminders));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> runAfter(together, otherNode));
		first.get();
		second.get();
		Reminders restarted = new Reminders(this.jdbc, this.mail, this.clock, this.caseworkers, this.people,
				List.of(30, 7), "pulje@localhost", "http://localhost");
		restarted.run();

		assertThat(mailsTo(this.applicant)).hasSize(1);
		assertThat(this.reminders.of(this.project)).singleElement()
			.satisfies(reminder -> assertThat(reminder.sentAt()).isNotNull());
	}

	private static int runAfter(CyclicBarrier together, Reminders node) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return node.run();
	}

	@Test
	void aReminderThatCouldNotBeSentIsRecordedAsNotSentAndSentOnTheNextRun() {
		on(2021, 3, 31);
		smtp.stop();

		this.reminders.run();

		assertThat(this.reminders.of(this.project)).singleElement().satisfies(reminder -> {
			assertThat(reminder.sentAt()).isNull();
			assertThat(reminder.attempts()).isEqualTo(1);
			assertThat(reminder.lastError()).isNotBlank();
		});
		smtp.start();
		this.reminders.run();
		assertThat(mailsTo(this.applicant)).hasSize(1);
		assertThat(this.reminders.of(this.project)).singleElement()
			.satisfies(reminder -> assertThat(reminder.attempts()).isEqualTo(2));
	}

	@Test
	void theProjectsPageListsTheRemindersSent() {
		on(2021, 3, 24);
		this.reminders.run();
		this.clock.reset();

		Document page = StaffPages.signedIn(this.port, this.applicantAccount).get("/my/projects/" + this.project);

		assertThat(page.getElementById("reminders").text()).contains("7 dage før fristen 31. marts 2021",
				this.applicant, "24. marts 2021");
	}

	@Test
	void aPoolThatChoosesItsDaysIsRemindedOnThoseDays() {
		Api administrator = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(administrator);
		Map<String, Object> choosing = new HashMap<>(fixtures.poolRequest());
		choosing.put("reminderDaysBefore", List.of(14));
		long call = fixtures.closedCall(fixtures.pool(choosing), "2000000.00");
		fixtures.grantInFull(fixtures.submitted(call, fixtures.organisation("751"), Map.of(2018, "600000.00")));
		long chosen = administrator.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();

		on(2021, 3, 1);
		this.reminders.run();
		on(2021, 3, 17);
		this.reminders.run();

		assertThat(this.reminders.of(chosen)).extracting(Reminders.Reminder::kind).containsExactly("BEFORE_14");
	}

	@Test
	void aReportHandedInIsNotRemindedOf() {
		on(2021, 3, 1);
		this.jdbc.sql("""
				insert into project_report (granted_project_id, obligation_no, report_kind, status)
				values (:project, 1, 'FINAL_REPORT', 'HANDED_IN')""").param("project", this.project).update();

		this.reminders.run();

		assertThat(this.reminders.of(this.project)).isEmpty();
	}

}
