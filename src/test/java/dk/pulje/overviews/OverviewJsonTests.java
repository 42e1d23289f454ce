package dk.pulje.overviews;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overviews and a plan's status report as JSON, from the demo data, hold the same
 * tables as their spreadsheets, cell for cell: the titles, the columns, the texts and
 * every figure, money to the øre. Among them seed 004's initiative whose total was stated
 * as 4,2 mio. kr. while its years add up to 9,0 mio. kr.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class OverviewJsonTests {

	@LocalServerPort
	int port;

	private Api anonymous() {
		return Api.asAdministrator(this.port).anonymous();
	}

	private long idOf(String list, String query) {
		return anonymous().get("/api/v1/" + list + "?q=" + query).body().path("items").get(0).path("id").asLong();
	}

	@Test
	void theNationalInitiativesHoldTheSpreadsheetsFiguresAndTheFlaggedTotal() throws Exception {
		JsonNode json = sameAsSpreadsheet("/api/v1/overviews/initiatives?sector=MUNICIPALITY&sector=REGION",
				"/overviews/initiatives.xlsx?sector=MUNICIPALITY&sector=REGION");

		JsonNode table = json.path("tables").get(0);
		List<String> columns = table.path("columns").findValuesAsString("name");
		JsonNode relatives = null;
		for (JsonNode row : table.path("rows")) {
			if ("Styrket indsats for børn og unge som pårørende".equals(row.get(0).asString())) {
				relatives = row;
			}
		}
		assertThat(relatives).isNotNull();
		assertThat(relatives.get(columns.indexOf("Total af årene")).asString()).isEqualTo("9000000.00");
		assertThat(relatives.get(columns.indexOf("Total som angivet")).asString()).isEqualTo("4,2 mio. kr.");
		assertThat(relatives.get(columns.indexOf("Stemmer")).asString()).isEqualTo("nej");
		assertThat(table.path("columns").get(columns.indexOf("Total af årene")).path("kind").asString())
			.isEqualTo("AMOUNT");
	}

	@Test
	void theMoneyByAgreementProgrammeAndYearHoldsTheSpreadsheetsFigures() throws Exception {
		JsonNode all = sameAsSpreadsheet("/api/v1/overviews/money", "/overviews/money.xlsx");

		assertThat(all.path("tables").size()).isPositive();
	}

	@Test
	void aProgrammesAnnouncementsHoldTheSpreadsheetsFigures() throws Exception {
		long programme = idOf("programmes", "Den%20nationale%20diabeteshandlingsplan");

		JsonNode json = sameAsSpreadsheet("/api/v1/overviews/announcements?programmeId=" + programme,
				"/overviews/announcements.xlsx?programmeId=" + programme);

		assertThat(json.path("tables").get(0).path("rows").size()).isPositive();
	}

	@Test
	void aPlansStatusReportHoldsTheSpreadsheetsFigures() throws Exception {
		long plan = idOf("action-plans", "type%202-diabetes");

		JsonNode json = sameAsSpreadsheet("/api/v1/action-plans/" + plan + "/status-report?year=2018",
				"/plans/" + plan + "/status-report.xlsx?year=2018");

		assertThat(json.path("title").asString()).isEqualTo("Handleplan for type 2-diabetes 2016-2019: status 2018");
		assertThat(json.path("tables").size()).isEqualTo(4);
	}

	@Test
	void anUnknownRecordIsNotFoundAndAWrongParameterNamed() {
		assertThat(anonymous().get("/api/v1/overviews/announcements?programmeId=987654321").status()).isEqualTo(404);
		assertThat(anonymous().get("/api/v1/overviews/money?agreementId=987654321").status()).isEqualTo(404);
		Api.Response wrong = anonymous().get("/api/v1/overviews/initiatives?sector=PLANET");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body().path("errors").get(0).path("field").asString()).isEqualTo("sector");
	}

	/**
	 * Reads the JSON and the spreadsheet of one overview and holds them to the same
	 * tables, cell for cell.
	 */
	private JsonNode sameAsSpreadsheet(String json, String xlsx) throws Exception {
		Api.Response read = anonymous().get(json);
		assertThat(read.status()).as(String.valueOf(read.body())).isEqualTo(200);
		JsonNode tables = read.body().path("tables");
		byte[] file = Downloads.file(this.port, xlsx).body();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(tables.size()).isEqualTo(book.getNumberOfSheets());
			for (int t = 0; t < tables.size(); t++) {
				sameTable(tables.get(t), book.getSheetAt(t));
			}
		}
		return read.body();
	}

	private static void sameTable(JsonNode table, Sheet sheet) {
		assertThat(table.path("title").asString()).isEqualTo(sheet.getRow(0).getCell(0).getStringCellValue());
		List<String> header = new ArrayList<>();
		sheet.getRow(1).forEach(cell -> header.add(cell.getStringCellValue()));
		assertThat(table.path("columns").findValuesAsString("name")).isEqualTo(header);
		JsonNode rows = table.path("rows");
		assertThat(rows.size()).isEqualTo(sheet.getLastRowNum() - 1);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.getRow(r + 2);
			for (int c = 0; c < header.size(); c++) {
				sameCell(rows.get(r).get(c), row == null ? null : row.getCell(c),
						table.path("title") + " " + r + "," + c);
			}
		}
	}

	private static void sameCell(JsonNode value, Cell cell, String where) {
		if (value == null || value.isNull()) {
			assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
		}
		else if (cell.getCellType() == CellType.NUMERIC) {
			BigDecimal json = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
			assertThat(json).as(where).isEqualByComparingTo(BigDecimal.valueOf(cell.getNumericCellValue()));
		}
		else {
			assertThat(value.asString()).as(where).isEqualTo(cell.getStringCellValue());
		}
	}

}
