package dk.pulje.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * Payments to a granted project and repayments from it: never more paid for a year than
 * granted for it, never more paid back than paid, every refusal naming its field and
 * storing nothing.
 */
@IntegrationTest
class PaymentTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	long project;

	@BeforeEach
	void grantAProject() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
		long call = this.fixtures.closedCall(this.fixtures.pool(), "2000000.00");
		long application = this.fixtures.submitted(call, this.fixtures.organisation("751"),
				Map.of(2018, "600000.00", 2019, "400000.00"));
		assertThat(this.fixtures.grantInFull(application).status()).isEqualTo(200);
		this.project = this.api.get("/api/v1/granted-projects?callId=" + call)
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
	}

	private Api.Response pay(String kind, String paidOn, int year, String amount) {
		return this.api.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", kind, "paidOn", paidOn, "fiscalYear", year, "amount", amount, "reference", "B-1"));
	}

	@Test
	void paymentsAddUpByYearAndShowWhatIsStillToBePaid() {
		Api.Response paid = pay("PAYMENT", "2018-02-01", 2018, "400000.00");

		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
		assertThat(paid.body().path("paidByYear").path("2018").asString()).isEqualTo("400000.00");
		assertThat(paid.text("paidTotal")).isEqualTo("400000.00");
		assertThat(paid.text("leftToPay")).isEqualTo("600000.00");
		assertThat(paid.body().path("payments").get(0).path("reference").asString()).isEqualTo("B-1");
		assertThat(this.api.get("/api/v1/granted-projects/" + this.project + "/history").body().path("items").size())
			.isEqualTo(2);
	}

	@Test
	void aPaymentAboveTheYearsGrantIsRefusedAndNothingIsStored() {
		pay("PAYMENT", "2018-02-01", 2018, "400000.00");

		Api.Response refused = pay("PAYMENT", "2018-06-01", 2018, "200000.01");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("rule")).isEqualTo("payment-above-grant");
		assertThat(refused.text("field")).isEqualTo("amount");
		assertThat(refused.text("detail")).contains("600.000 kr.", "400.000 kr.");
		assertThat(this.api.get("/api/v1/granted-projects/" + this.project).text("paidTotal")).isEqualTo("400000.00");
		assertThat(pay("PAYMENT", "2018-06-01", 2018, "200000.00").status()).isEqualTo(200);
	}

	@Test
	void aRepaymentGivesBackOnlyWhatWasPaid() {
		pay("PAYMENT", "2019-02-01", 2019, "400000.00");

		Api.Response tooMuch = pay("REPAYMENT", "2021-05-01", 2019, "400000.01");
		Api.Response unspent = pay("REPAYMENT", "2021-05-01", 2019, "35250.50");

		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.text("rule")).isEqualTo("repayment-above-paid");
		assertThat(unspent.status()).isEqualTo(200);
		assertThat(unspent.text("paidTotal")).isEqualTo("364749.50");
		assertThat(unspent.text("leftToPay")).isEqualTo("635250.50");
	}

	@Test
	void everyBrokenRuleIsNamedAtOnceInBothLanguages() {
		Map<String, Object> wrong = Map.of("kind", "PAYMENT", "paidOn", "2099-01-01", "fiscalYear", 2031, "amount",
				"0.00");

		Api.Response danish = this.api.post("/api/v1/granted-projects/" + this.project + "/payments", wrong);
		Api.Response english = this.api.inEnglish()
			.post("/api/v1/granted-projects/" + this.project + "/payments", wrong);

		assertThat(danish.status()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		danish.body().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("amount", "paidOn", "fiscalYear");
		assertThat(danish.body().path("errors").toString()).contains("fremtiden", "intet tilsagn for 2031");
		assertThat(english.body().path("errors").toString()).contains("in the future", "granted nothing for 2031");
		assertThat(this.api.get("/api/v1/granted-projects/" + this.project).body().path("payments").size()).isZero();
	}

	@Test
	void aPaymentMadeAgainstAnOldVersionIsRefused() {
		long version = Long
			.parseLong(this.api.get("/api/v1/granted-projects/" + this.project).eTag().replace("\"", ""));
		pay("PAYMENT", "2018-02-01", 2018, "100000.00");

		Api.Response stale = this.api.post("/api/v1/granted-projects/" + this.project + "/payments",
				Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount", "100000.00"),
				"\"" + version + "\"");

		assertThat(stale.status()).isEqualTo(412);
		assertThat(this.api.get("/api/v1/granted-projects/" + this.project).text("paidTotal")).isEqualTo("100000.00");
	}

	@Test
	void onlyTheAuthoritysStaffRecordsPayments() {
		People people = new People(this.api);
		Api applicant = people.open(Role.APPLICANT, List.of(this.fixtures.organisation("751"))).api();
		Map<String, Object> payment = Map.of("kind", "PAYMENT", "paidOn", "2018-02-01", "fiscalYear", 2018, "amount",
				"1.00");

		assertThat(applicant.post("/api/v1/granted-projects/" + this.project + "/payments", payment).status())
			.isEqualTo(403);
		assertThat(
				this.api.anonymous().post("/api/v1/granted-projects/" + this.project + "/payments", payment).status())
			.isEqualTo(401);
		assertThat(this.api.anonymous().get("/api/v1/granted-projects/" + this.project).text("paidTotal"))
			.isEqualTo("0.00");
	}

	@Test
	void twoCaseworkersPayingTheLastOfAYearAtOnceCannotBothSucceed() {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService caseworkers = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Api.Response>> payments = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				payments.add(CompletableFuture.supplyAsync(() -> {
					await(together);
					return pay("PAYMENT", "2019-01-15", 2019, "300000.00");
				}, caseworkers));
			}
			List<Integer> statuses = payments.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

			assertThat(statuses).containsOnlyOnce(200);
		}
		finally {
			caseworkers.shutdown();
		}
		assertThat(this.api.get("/api/v1/granted-projects/" + this.project)
			.body()
			.path("paidByYear")
			.path("2019")
			.asString()).isEqualTo("300000.00");
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
