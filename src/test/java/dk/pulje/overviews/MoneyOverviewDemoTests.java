package dk.pulje.overviews;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money overview with the demo data: the finance act of 2016 funds seed 004's plan
 * for the older medical patient with 1.220 mio. kr. over four years, on the page, in the
 * spreadsheet and in the PDF.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class MoneyOverviewDemoTests {

	@LocalServerPort
	int port;

	private long financeAct2016() {
		Api api = Api.asAdministrator(this.port);
		for (var agreement : api.get("/api/v1/agreements?size=100").body().path("items")) {
			if (agreement.path("name").asString().equals("Finansloven for 2016")) {
				return agreement.path("id").asLong();
			}
		}
		throw new AssertionError("the demo data has no Finansloven for 2016");
	}

	@Test
	void theFinanceActsPlanShowsOnThePageInTheSpreadsheetAndInThePdf() throws Exception {
		String query = "?agreementId=" + financeAct2016();

		String page = Downloads.page(this.port, "/overviews/money" + query).body();
		byte[] xlsx = Downloads.file(this.port, "/overviews/money.xlsx" + query).body();
		String pdf = Downloads.pdfText(Downloads.file(this.port, "/overviews/money.pdf" + query).body());

		assertThat(page).contains("National handlingsplan for den ældre medicinske patient", "320 mio. kr.",
				"1.220 mio. kr.");
		assertThat(pdf).contains("Finansloven for 2016", "National handlingsplan for den ældre medicinske patient",
				"320 mio. kr.", "1.220 mio. kr.");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(1);
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Finansloven for 2016");
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Aftalen i alt");
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1_220_000_000.0);
		}
	}

	/**
	 * The overview's spent, claimed back and repaid, over all years, add up to what the
	 * granted projects and their approved final reports say themselves (among them seed
	 * 001's, whose Odense project had 1,2 mio. kr. claimed back and repaid).
	 */
	@Test
	void theMoneyByYearShowsWhatApprovedAccountsSpentAndWhatWasClaimedBackAndRepaid() throws Exception {
		Api api = Api.asAdministrator(this.port);
		BigDecimal claimedByProjects = BigDecimal.ZERO;
		BigDecimal repaidByProjects = BigDecimal.ZERO;
		for (long id : ids(api, "/api/v1/granted-projects?size=200&page=")) {
			JsonNode project = api.get("/api/v1/granted-projects/" + id).body();
			claimedByProjects = claimedByProjects.add(new BigDecimal(project.path("claimedTotal").asString()));
			repaidByProjects = repaidByProjects.add(new BigDecimal(project.path("repaidTotal").asString()));
		}
		BigDecimal spentByReports = BigDecimal.ZERO;
		for (JsonNode obligation : items(api, "/api/v1/reports/obligations?state=APPROVED&size=200&page=")) {
			if (obligation.path("reportKind").asString().equals("FINAL_REPORT")) {
				JsonNode report = api.get("/api/v1/reports/" + obligation.path("reportId").asLong()).body();
				spentByReports = spentByReports.add(new BigDecimal(report.path("spentTotal").asString()));
			}
		}
		byte[] xlsx = Downloads.file(this.port, "/overviews/money.xlsx").body();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet byYear = book.getSheetAt(0);
			Map<String, Integer> columns = new HashMap<>();
			byYear.getRow(1).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			BigDecimal spent = BigDecimal.ZERO;
			BigDecimal claimed = BigDecimal.ZERO;
			BigDecimal repaid = BigDecimal.ZERO;
			for (int r = 2; r <= byYear.getLastRowNum(); r++) {
				Row row = byYear.getRow(r);
				if (row.getCell(0).getStringCellValue().matches("\\d{4}")) {
					spent = spent.add(figure(row, columns.get("Forbrugt (godkendte regnskaber)")));
					claimed = claimed.add(figure(row, columns.get("Krævet tilbage")));
					repaid = repaid.add(figure(row, columns.get("Tilbagebetalt")));
				}
			}
			assertThat(claimed).isEqualByComparingTo(claimedByProjects)
				.isGreaterThanOrEqualTo(new BigDecimal("1200000"));
			assertThat(repaid).isEqualByComparingTo(repaidByProjects).isGreaterThanOrEqualTo(new BigDecimal("1200000"));
			assertThat(spent).isEqualByComparingTo(spentByReports).isPositive();
		}
	}

	private static BigDecimal figure(Row row, int column) {
		return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
	}

	private static List<Long> ids(Api api, String pages) {
		List<Long> ids = new ArrayList<>();
		items(api, pages).forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	private static List<JsonNode> items(Api api, String pages) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode body = api.get(pages + page).body();
			body.path("items").forEach(items::add);
			if (page + 1 >= body.path("totalPages").asInt()) {
				return items;
			}
		}
	}

	@Test
	void theOverviewsPageLeadsToAllFour() throws Exception {
		String page = Downloads.page(this.port, "/overviews").body();

		assertThat(Jsoup.parse(page).select("main a").eachAttr("href")).contains("/plans", "/overviews/initiatives",
				"/overviews/announcements", "/overviews/money");
	}

}
