package dk.pulje.plans;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's status report for 2018, made from the demo data: as a page, and as the
 * spreadsheet (read back with POI's own reader), the CSV and the PDF (its text
 * extracted), each with the same figures.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class StatusReportTests {

	@LocalServerPort
	int port;

	private long plan;

	@BeforeEach
	void diabetesPlan() {
		this.plan = Api.asAdministrator(this.port)
			.anonymous()
			.get("/api/v1/action-plans?q=type%202-diabetes")
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
	}

	@Test
	void thePageShowsTheTracksTheIndicatorAndTheFlaggedTotals() throws Exception {
		String page = Downloads.page(this.port, "/plans/" + this.plan + "?year=2018").body();

		assertThat(page)
			.contains("Handleplan for type 2-diabetes 2016-2019: status 2018", "God fremdrift", "Delvist nået", "1.076",
					"861", "215", ">25<", "Totalen for 2017 er trykt som 2,1 mio. kr., men rækkerne giver 2,3 mio. kr.",
					"Totalen for 2019 er trykt som 15,7 mio. kr., men rækkerne giver 8,9 mio. kr.")
			.doesNotContain("Totalen for 2018");
	}

	@Test
	void theSpreadsheetHoldsTheSameNumbersAsThePage() throws Exception {
		HttpResponse<byte[]> xlsx = Downloads.file(this.port, "/plans/" + this.plan + "/status-report.xlsx?year=2018");
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(4);
			Sheet funding = book.getSheetAt(3);
			assertThat(funding.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2017");
			Row computed = rowStartingWith(funding, "I alt, beregnet af rækkerne");
			assertThat(computed.getCell(2).getNumericCellValue()).isEqualTo(2_300_000.0);
			assertThat(computed.getCell(4).getNumericCellValue()).isEqualTo(8_900_000.0);
			assertThat(rowStartingWith(funding, "I alt, som trykt").getCell(2).getStringCellValue())
				.isEqualTo("2,1 mio. kr.");
			assertThat(rowStartingWith(funding, "Stemmer").getCell(3).getStringCellValue()).isEqualTo("ja");
			Row nyCenter = rowStartingWith(funding, "Nyt center for diabetes");
			assertThat(nyCenter.getCell(5).getNumericCellValue()).isEqualTo(45_800_000.0);
			assertThat(nyCenter.getCell(9).getStringCellValue()).isEqualTo("2019, 2020, 2021, 2022");
			Sheet indicators = book.getSheetAt(2);
			assertThat(indicators.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1076.0);
			assertThat(indicators.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(25.0);
		}
	}

	@Test
	void theCsvAndThePdfCarryTheTables() throws Exception {
		String csv = new String(
				Downloads.file(this.port, "/plans/" + this.plan + "/status-report.csv?year=2018").body(),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains(";I alt, beregnet af rækkerne;2300000,00;2700000,00;8900000,00;");

		HttpResponse<byte[]> pdf = Downloads.file(this.port, "/plans/" + this.plan + "/status-report.pdf?year=2018");
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		String text = Downloads.pdfText(pdf.body());
		assertThat(text).contains("Midler afsat til planen", "Nyt center for diabetes", "45,8 mio. kr.",
				"15,7 mio. kr.", "Delvist nået", "1.076");
	}

	private static Row rowStartingWith(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (int c = 0; c < 2 && row.getCell(c) != null; c++) {
				if (row.getCell(c).getCellType() == CellType.STRING
						&& row.getCell(c).getStringCellValue().equals(label)) {
					return row;
				}
			}
		}
		throw new AssertionError("no row " + label);
	}

}
