package dk.pulje.overviews;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;

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
 * Seed 000's announcement of the national diabetes plan's pools, made from the demo data
 * as a page, a spreadsheet (read back with POI) and a PDF (its text extracted): the
 * amounts, the earmark, who may apply, and when each pool is expected, as announced and
 * as the days that can mean.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class AnnouncementsTests {

	@LocalServerPort
	int port;

	private long programme;

	@BeforeEach
	void theNationalDiabetesPlan() {
		this.programme = Api.asAdministrator(this.port)
			.anonymous()
			.get("/api/v1/programmes?q=Den%20nationale%20diabeteshandlingsplan")
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
	}

	@Test
	void thePageListsThePoolsAsAnnounced() throws Exception {
		String page = Downloads.page(this.port, "/overviews/announcements?programmeId=" + this.programme).body();

		assertThat(page).contains("Pulje til særligt sårbare patienter",
				"Pulje til målrettet opsporing af type 2-diabetes i relevante grupper", "7 mio. kr.", "oktober 2018",
				"Pulje til styrket samarbejde og kvalitet på tværs af sektorer", "10,5 mio. kr.", "1 mio. kr.",
				"Udvikling og evaluering", "ultimo 2018 eller primo 2019");
	}

	@Test
	void theSpreadsheetAndThePdfHoldTheSameFigures() throws Exception {
		HttpResponse<byte[]> xlsx = Downloads.file(this.port,
				"/overviews/announcements.xlsx?programmeId=" + this.programme);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			Row across = null;
			for (Row row : sheet) {
				if (row.getCell(0) != null && row.getCell(0)
					.getStringCellValue()
					.equals("Pulje til styrket samarbejde og kvalitet på tværs af sektorer")) {
					across = row;
				}
			}
			assertThat(across).isNotNull();
			assertThat(across.getCell(1).getNumericCellValue()).isEqualTo(10_500_000.0);
			assertThat(across.getCell(2).getNumericCellValue()).isEqualTo(1_000_000.0);
			assertThat(across.getCell(7).getStringCellValue()).isEqualTo("ultimo 2018 eller primo 2019");
			assertThat(across.getCell(8).getStringCellValue()).isEqualTo("2018-10-01");
			assertThat(across.getCell(9).getStringCellValue()).isEqualTo("2019-03-31");
		}
		HttpResponse<byte[]> pdf = Downloads.file(this.port,
				"/overviews/announcements.pdf?programmeId=" + this.programme);
		String text = Downloads.pdfText(pdf.body());
		assertThat(text).contains("Den nationale diabeteshandlingsplan", "10,5 mio. kr.",
				"ultimo 2018 eller primo 2019");
	}

}
