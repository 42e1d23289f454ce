package dk.pulje.overviews;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dk.pulje.Downloads;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004's overview of the national initiatives that touch both municipalities and
 * regions, from the demo data: the amounts by year, the totals that agree at the
 * precision they were stated with ("1,2 mia." against 1,22 mia.), and the one that does
 * not (4,2 against 9 mio. kr.); as a page, a spreadsheet and a PDF.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class NationalInitiativesTests {

	@LocalServerPort
	int port;

	@Test
	void theSpreadsheetHasTheYearsAndFlagsTheOneTotalThatDisagrees() throws Exception {
		byte[] xlsx = Downloads.file(this.port, "/overviews/initiatives.xlsx?sector=MUNICIPALITY&sector=REGION").body();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			Map<String, Integer> columns = new HashMap<>();
			sheet.getRow(1).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
			Map<String, Row> rows = new HashMap<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 1) {
					rows.put(row.getCell(0).getStringCellValue(), row);
				}
			}
			Row elderly = rows.get("National handlingsplan for den ældre medicinske patient");
			assertThat(elderly.getCell(columns.get("2016")).getNumericCellValue()).isEqualTo(320_000_000.0);
			assertThat(elderly.getCell(columns.get("Total af årene")).getNumericCellValue()).isEqualTo(1_220_000_000.0);
			assertThat(elderly.getCell(columns.get("Total som angivet")).getStringCellValue())
				.isEqualTo("1,2 mia. kr.");
			assertThat(elderly.getCell(columns.get("Stemmer")).getStringCellValue()).isEqualTo("ja");
			Row relatives = rows.get("Styrket indsats for børn og unge som pårørende");
			assertThat(relatives.getCell(columns.get("Total af årene")).getNumericCellValue()).isEqualTo(9_000_000.0);
			assertThat(relatives.getCell(columns.get("Stemmer")).getStringCellValue()).isEqualTo("nej");
			List<String> disagreeing = new ArrayList<>();
			rows.forEach((name, row) -> {
				Cell agrees = row.getCell(columns.get("Stemmer"));
				if (agrees != null && "nej".equals(agrees.getStringCellValue())) {
					disagreeing.add(name);
				}
			});
			assertThat(disagreeing).containsExactly("Styrket indsats for børn og unge som pårørende");
			assertThat(rows.get("Pulje til styrket sammenhæng for de svageste ældre")
				.getCell(columns.get("Kan søges af"))
				.getStringCellValue()).isEqualTo("kommuner, regioner");
		}
	}

	@Test
	void thePageAndThePdfShowTheSameInitiatives() throws Exception {
		String page = Downloads.page(this.port, "/overviews/initiatives").body();
		String pdf = Downloads.pdfText(Downloads.file(this.port, "/overviews/initiatives.pdf").body());

		assertThat(page).contains("Nationale initiativer, der berører kommuner og regioner",
				"National handlingsplan for demens 2025", "470 mio. kr.", "1,2 mia. kr.");
		assertThat(pdf).contains("Nationale initiativer, der berører kommuner og regioner",
				"National handlingsplan for demens 2025", "470 mio. kr.");
		assertThat(Downloads.page(this.port, "/overviews/initiatives?sector=GENERAL_PRACTICE").body())
			.doesNotContain("National handlingsplan for demens 2025");
	}

}
