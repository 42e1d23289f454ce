package dk.pulje.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Downloads;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.money.Amount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name typed by whoever may type it reaches every CSV download. A spreadsheet that
 * opens the file must show it as text and never run it as a formula, however it is
 * quoted; a negative amount stays a number.
 */
@IntegrationTest
class CsvInjectionTests {

	static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0",
			"-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
	}

	@Test
	void theWriterNeutralisesFormulasAndKeepsNumbersAsNumbers() {
		List<List<Object>> rows = new ArrayList<>();
		PAYLOADS.forEach(payload -> rows.add(List.of(payload, Amount.ofKroner(-1250), -3)));
		String csv = new String(
				TableExports.csv(List.of(new Table("=titel", List.of("@navn", "beløb", "antal"), rows))),
				StandardCharsets.UTF_8);

		assertThat(cells(csv)).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=")
			.doesNotStartWith("+")
			.doesNotStartWith("@")
			.doesNotStartWith("\t")
			.doesNotStartWith("\r"));
		assertThat(cells(csv)).filteredOn(cell -> cell.startsWith("-")).containsOnly("-1250,00", "-3");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";-1250,00;-3");
	}

	@Test
	void everyCsvDownloadShowsATypedFormulaAsText() throws Exception {
		String payload = PAYLOADS.get(0);
		long agreement = this.api
			.post("/api/v1/agreements", Map.of("name", payload, "kind", "POOL_AGREEMENT", "year", 2027))
			.id();
		Map<String, Object> programme = new HashMap<>(
				Map.of("name", "-" + Fixtures.unique("Initiativ"), "kind", "INITIATIVE", "owner", "@Sundhedsstyrelsen",
						"sectors", List.of("MUNICIPALITY", "REGION"), "firstYear", 2027, "lastYear", 2027));
		long programmeId = this.api.post("/api/v1/programmes", programme).id();
		this.api.post("/api/v1/appropriations",
				Map.of("agreementId", agreement, "programmeId", programmeId, "year", 2027, "amount", "1000000.00"));
		Map<String, Object> pool = new Fixtures(this.api).poolRequest();
		pool.put("name", "+" + pool.get("name"));
		pool.put("programmeId", programmeId);
		pool.put("announced", "ultimo 2027");
		new Fixtures(this.api).pool(pool);
		Api.Response plan = this.api.post("/api/v1/action-plans", Map.of("name", "=" + Fixtures.unique("Plan"),
				"internal", false, "tracks",
				List.of(Map.of("no", 1, "title", "@Spor", "initiatives", List.of(Map.of("no", 1, "title", "=1+1"))))));
		assertThat(plan.status()).as(plan.body().toString()).isEqualTo(201);

		for (String csv : List.of("/overviews/money.csv", "/overviews/initiatives.csv",
				"/overviews/announcements.csv?programmeId=" + programmeId,
				"/plans/" + plan.id() + "/status-report.csv?year=" + LocalDate.now().getYear())) {
			String text = new String(Downloads.file(this.port, csv).body(), StandardCharsets.UTF_8);
			assertThat(text).as(csv).contains("'");
			assertThat(cells(text)).as(csv)
				.allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"))
				.filteredOn(cell -> cell.startsWith("-"))
				.allSatisfy(cell -> assertThat(cell).matches("-[0-9.,]+"));
		}
	}

	/**
	 * The cells of a semicolon-separated file as a spreadsheet reads them: unquoted,
	 * quotes undoubled.
	 */
	static List<String> cells(String csv) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';' || c == '\n') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
