package dk.pulje.overviews;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview of money by agreement, programme and year: an agreement funds a programme,
 * the programme's pool posts a call, a project is granted and paid; the page, the
 * spreadsheet and the PDF show the same five figures. Money that no agreement records, or
 * that several fund, is shown as such.
 */
@IntegrationTest
class MoneyOverviewTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	String agreementName;

	long agreement;

	String programmeName;

	long programme;

	long project;

	@Autowired
	Environment environment;

	@BeforeEach
	void anAgreementWhoseProgrammeGrantedAndPaid() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
		this.agreementName = Fixtures.unique("Satspuljeaftale");
		this.agreement = created(this.api.post("/api/v1/agreements",
				Map.of("name", this.agreementName, "kind", "POOL_AGREEMENT", "year", 2017)));
		this.programmeName = Fixtures.unique("Styrket indsats for ældre");
		this.programme = programme(this.programmeName);
		appropriate(this.agreement, this.programme, 2018, "1000000.00");
		appropriate(this.agreement, this.programme, 2019, "500000.00");
		this.project = grantedProject(this.programme, Map.of(2018, "600000.00", 2019, "300000.00"));
		pay("2018-03-01", 2018, "400000.00");
	}

	/**
	 * What was set aside and what was granted and paid are read apart, each again only
	 * when its own tables change: a payment does not read the appropriations again, nor
	 * an appropriation the grants. Changes made behind Pulje's back, which record
	 * nothing, show which part was read again.
	 */
	@Test
	void aPaymentIsShownAtOnceWithoutReadingWhatWasSetAsideAgainAndTheOtherWayAround() throws Exception {
		String page = "/overviews/money?agreementId=" + this.agreement;
		Downloads.page(this.port, page);
		withoutPulje("update appropriation set amount = amount * 2 where agreement_id = ?", this.agreement);

		pay("2019-02-01", 2019, "100000.00");
		String afterPayment = Downloads.page(this.port, page).body();
		withoutPulje("update granted_project_year set amount = amount * 2 where granted_project_id = ?", this.project);
		appropriate(this.agreement, this.programme, 2020, "250000.00");
		String afterAppropriation = Downloads.page(this.port, page).body();

		assertThat(row(afterPayment, "2019")).as("the payment at once, the appropriation as it was read")
			.containsSubsequence("500.000 kr.", "0 kr.", "300.000 kr.", "100.000 kr.", "200.000 kr.");
		assertThat(row(afterAppropriation, "2019")).as("the appropriations read again, the grants as they were")
			.containsSubsequence("1 mio. kr.", "0 kr.", "300.000 kr.", "100.000 kr.", "700.000 kr.");
		assertThat(row(afterAppropriation, "2020")).containsSubsequence("250.000 kr.", "0 kr.", "0 kr.", "0 kr.",
				"250.000 kr.");
	}

	@Test
	void thePageOffersItsTableForDownloadForTheSameAgreement() throws Exception {
		Document page = Jsoup.parse(Downloads.page(this.port, "/overviews/money?agreementId=" + this.agreement).body());

		assertThat(page.select("p.buttons a").eachAttr("href")).containsExactly(
				"/overviews/money.pdf?agreementId=" + this.agreement,
				"/overviews/money.xlsx?agreementId=" + this.agreement,
				"/overviews/money.csv?agreementId=" + this.agreement);
	}

	@Test
	void thePageShowsAppropriatedPostedGrantedPaidAndLeftByYear() throws Exception {
		String page = Downloads.page(this.port, "/overviews/money?agreementId=" + this.agreement).body();

		assertThat(Jsoup.parse(page).selectFirst("h1").text())
			.isEqualTo("Pengene fra \"" + this.agreementName + "\" pr. program og år");
		assertThat(row(page, "2017")).contains("1 mio. kr.");
		assertThat(row(page, "2018")).containsSubsequence("1 mio. kr.", "0 kr.", "600.000 kr.", "400.000 kr.",
				"400.000 kr.");
		assertThat(row(page, "2019")).containsSubsequence("500.000 kr.", "0 kr.", "300.000 kr.", "0 kr.",
				"200.000 kr.");
		assertThat(row(page, "Aftalen i alt")).containsSubsequence("1,5 mio. kr.", "1 mio. kr.", "900.000 kr.",
				"400.000 kr.", "600.000 kr.");
	}

	@Test
	void theSpreadsheetHoldsTheSameNumbersAsThePage() throws Exception {
		byte[] xlsx = Downloads.file(this.port, "/overviews/money.xlsx?agreementId=" + this.agreement).body();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(1);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(this.agreementName);
			Map<String, Integer> columns = new HashMap<>();
			sheet.getRow(1).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
			Row year2018 = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().equals(this.programmeName)
						&& row.getCell(1).getStringCellValue().equals("2018")) {
					year2018 = row;
				}
			}
			assertThat(year2018).isNotNull();
			assertThat(year2018.getCell(columns.get("Bevilget")).getNumericCellValue()).isEqualTo(1_000_000.0);
			assertThat(year2018.getCell(columns.get("Tilsagn")).getNumericCellValue()).isEqualTo(600_000.0);
			assertThat(year2018.getCell(columns.get("Udbetalt")).getNumericCellValue()).isEqualTo(400_000.0);
			assertThat(year2018.getCell(columns.get("Tilbage")).getNumericCellValue()).isEqualTo(400_000.0);
		}
	}

	@Test
	void thePdfHasTheTable() throws Exception {
		String pdf = Downloads
			.pdfText(Downloads.file(this.port, "/overviews/money.pdf?agreementId=" + this.agreement).body());

		assertThat(pdf).contains(this.agreementName, this.programmeName, "Udbetalt", "600.000 kr.", "400.000 kr.");
	}

	@Test
	void moneyOfAProgrammeThatSeveralAgreementsFundIsNotDividedByAGuess() throws Exception {
		long second = created(this.api.post("/api/v1/agreements",
				Map.of("name", Fixtures.unique("Finanslov"), "kind", "FINANCE_ACT", "year", 2018)));
		appropriate(second, this.programme, 2018, "250000.00");

		String page = Downloads.page(this.port, "/overviews/money").body();
		String several = page.substring(page.indexOf("Puljer, som flere aftaler finansierer"));
		String programme = several.substring(several.indexOf(this.programmeName));

		assertThat(row(page.substring(page.indexOf("<caption>" + this.agreementName)), "Aftalen i alt"))
			.containsSubsequence("1,5 mio. kr.", "0 kr.", "0 kr.", "0 kr.", "1,5 mio. kr.");
		assertThat(row(programme, "2018")).containsSubsequence("0 kr.", "0 kr.", "600.000 kr.", "400.000 kr.");
	}

	@Test
	void aPoolWhoseMoneyNoAgreementRecordsCountsItsOwnAmounts() throws Exception {
		String name = Fixtures.unique("Program uden aftale");
		grantedProject(programme(name), Map.of(2018, "100000.00"));

		String page = Downloads.page(this.port, "/overviews/money").body();
		String none = page.substring(page.indexOf("Penge, som ingen aftale registrerer"));
		String programme = none.substring(none.indexOf(name));

		assertThat(row(programme, "2017")).containsSubsequence("100 mio. kr.", "1 mio. kr.");
		assertThat(row(programme, "2018")).containsSubsequence("100 mio. kr.", "0 kr.", "100.000 kr.");
	}

	@Test
	void callsArePostedFromThePoolsEarliestYearsNotYetOffered() throws Exception {
		String name = Fixtures.unique("Program med to opslag");
		Map<String, Object> request = this.fixtures.poolRequest();
		request.put("programmeId", programme(name));
		long pool = this.fixtures.pool(request);
		this.fixtures.call(pool, "40000000.00", LocalDateTime.of(2019, 2, 1, 9, 0),
				LocalDateTime.of(2019, 3, 1, 12, 0));
		this.fixtures.call(pool, "150000000.00", LocalDateTime.of(2017, 10, 2, 9, 0),
				LocalDateTime.of(2017, 12, 11, 12, 0));

		String page = Downloads.page(this.port, "/overviews/money").body();
		String none = page.substring(page.indexOf("Penge, som ingen aftale registrerer"));
		String programme = none.substring(none.indexOf(name));

		// The call of 2017 takes all of 2017 and half of 2018; the one of 2019 what 2018
		// has left.
		assertThat(row(programme, "2017")).containsSubsequence("100 mio. kr.", "100 mio. kr.");
		assertThat(row(programme, "2018")).containsSubsequence("100 mio. kr.", "90 mio. kr.");
		assertThat(programme.substring(0, programme.indexOf("<td>I alt</td>"))).doesNotContain("<td>2019</td>");
	}

	/**
	 * PostgreSQL sends rows in the order they are stored, and a changed row is stored
	 * anew after the others: a payment to the first of two projects puts it after the
	 * second, and each must still find its own pool.
	 */
	@Test
	void eachGrantCountsUnderItsOwnProgrammeWhenTheProjectsComeOutOfOrder() throws Exception {
		String firstName = Fixtures.unique("Første program");
		String secondName = Fixtures.unique("Andet program");
		long first = grantedProject(programme(firstName), Map.of(2018, "100000.00"));
		long second = grantedProject(programme(secondName), Map.of(2018, "250000.00"));
		payTo(second, "50000.00");
		payTo(first, "20000.00");

		String page = Downloads.page(this.port, "/overviews/money").body();
		String none = page.substring(page.indexOf("Penge, som ingen aftale registrerer"));

		assertThat(row(none.substring(none.indexOf(firstName)), "2018")).containsSubsequence("100 mio. kr.", "0 kr.",
				"100.000 kr.", "0 kr.", "20.000 kr.");
		assertThat(row(none.substring(none.indexOf(secondName)), "2018")).containsSubsequence("100 mio. kr.", "0 kr.",
				"250.000 kr.", "0 kr.", "50.000 kr.");
	}

	private void payTo(long project, String amount) {
		assertThat(this.api
			.post("/api/v1/granted-projects/" + project + "/payments",
					Map.of("kind", "PAYMENT", "paidOn", "2018-03-01", "fiscalYear", 2018, "amount", amount))
			.status()).isEqualTo(200);
	}

	@Test
	void anUnknownAgreementIsNotFound() throws Exception {
		assertThat(Downloads.page(this.port, "/overviews/money?agreementId=999999999").statusCode()).isEqualTo(404);
	}

	/**
	 * The first table row at or after the text whose first cells hold the label, up to
	 * its end.
	 */
	private static String row(String html, String label) {
		int at = html.indexOf("<td>" + label + "</td>");
		assertThat(at).as("a row labelled " + label).isNotNegative();
		return html.substring(at, html.indexOf("</tr>", at));
	}

	private void pay(String paidOn, int fiscalYear, String amount) {
		assertThat(this.api
			.post("/api/v1/granted-projects/" + this.project + "/payments",
					Map.of("kind", "PAYMENT", "paidOn", paidOn, "fiscalYear", fiscalYear, "amount", amount))
			.status()).isEqualTo(200);
	}

	private void withoutPulje(String sql, long id) throws Exception {
		assertThat(TestDatabase.changeWithoutPulje(this.environment, sql, id)).isPositive();
	}

	private long programme(String name) {
		return created(this.api.post("/api/v1/programmes", Map.of("name", name, "kind", "PROGRAMME")));
	}

	private void appropriate(long agreement, long programme, int year, String amount) {
		created(this.api.post("/api/v1/appropriations",
				Map.of("agreementId", agreement, "programmeId", programme, "year", year, "amount", amount)));
	}

	/**
	 * A pool of the programme, a call that opened in 2017 offering 1 mio. kr., and a
	 * project granted in full.
	 */
	private long grantedProject(long programme, Map<Integer, String> budget) {
		Map<String, Object> pool = this.fixtures.poolRequest();
		pool.put("programmeId", programme);
		long call = this.fixtures.closedCall(this.fixtures.pool(pool), "1000000.00");
		long application = this.fixtures.submitted(call, this.fixtures.organisation("751"), budget);
		assertThat(this.fixtures.grantInFull(application).status()).isEqualTo(200);
		return this.api.get("/api/v1/granted-projects?callId=" + call).body().path("items").get(0).path("id").asLong();
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

}
