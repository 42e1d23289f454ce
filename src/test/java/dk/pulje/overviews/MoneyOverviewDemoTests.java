package dk.pulje.overviews;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

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

	@Test
	void theMoneyByYearShowsWhatApprovedAccountsSpentAndWhatWasClaimedBackAndRepaid() throws Exception {
		byte[] xlsx = Downloads.file(this.port, "/overviews/money.xlsx").body();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet byYear = book.getSheetAt(0);
			Row header = byYear.getRow(1);
			Map<String, Integer> columns = new HashMap<>();
			header.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			double spent = 0;
			double claimed = 0;
			double repaid = 0;
			for (int r = 2; r <= byYear.getLastRowNum(); r++) {
				Row row = byYear.getRow(r);
				if (row.getCell(0).getStringCellValue().matches("\\d{4}")) {
					spent += row.getCell(columns.get("Forbrugt (godkendte regnskaber)")).getNumericCellValue();
					claimed += row.getCell(columns.get("Krævet tilbage")).getNumericCellValue();
					repaid += row.getCell(columns.get("Tilbagebetalt")).getNumericCellValue();
				}
			}
			assertThat(claimed).isEqualTo(1_200_000.0);
			assertThat(repaid).isEqualTo(1_200_000.0);
			// Aarhus, København and Aalborg spent their grants, Odense 1,2 mio. kr. less
			assertThat(spent).isEqualTo((3 * 12.8 + 3 * 14.2 + 3 * 9.4 + 40.0 - 1.2) * 1_000_000);
		}
	}

	@Test
	void theOverviewsPageLeadsToAllFour() throws Exception {
		String page = Downloads.page(this.port, "/overviews").body();

		assertThat(Jsoup.parse(page).select("main a").eachAttr("href")).contains("/plans", "/overviews/initiatives",
				"/overviews/announcements", "/overviews/money");
	}

}
