package dk.pulje.opendata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing 360Giving files of earlier grants: real published files are read to the last
 * grant and refused only for their currency; the data-quality tool's bad file is reported
 * field by field with nothing written; a file in kroner becomes granted projects, its
 * recipients matched by CVR number or municipality code; and importing it again changes
 * nothing, while a changed grant is updated, never added twice.
 */
@IntegrationTest
class GrantImportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Api administrator;

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
	}

	/** Sends the file and waits for its import to finish. */
	private JsonNode importFile(String fileName, String type, byte[] content) throws InterruptedException {
		Api.Response started = this.administrator.postBytes("/api/v1/grant-imports?fileName=" + fileName, type,
				content);
		assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
		assertThat(started.location()).isEqualTo("/api/v1/grant-imports/" + started.id());
		Instant until = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(until)) {
			JsonNode progress = this.administrator.get(started.location()).body();
			if (!"RUNNING".equals(progress.path("status").asString())) {
				return progress;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import did not finish");
	}

	private List<JsonNode> problems(JsonNode finished) {
		List<JsonNode> problems = new ArrayList<>();
		this.administrator.get("/api/v1/grant-imports/" + finished.path("id").asLong() + "/problems")
			.body()
			.forEach(problems::add);
		return problems;
	}

	@Test
	void realPublishedFilesAreReadToTheLastGrantAndRefusedOnlyForTheirCurrency() throws Exception {
		for (String sample : List.of("grants-475.json", "grants-783.json")) {
			byte[] file = Files.readAllBytes(OpenDataTests.STANDARDS.resolve("360giving/samples/" + sample));
			int grants = JSON.readTree(file).path("grants").size();

			JsonNode finished = importFile(sample, "application/json", file);
			List<JsonNode> problems = problems(finished);

			assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("DONE");
			assertThat(finished.path("rowsRead").asInt()).isEqualTo(grants);
			assertThat(finished.path("rowsRefused").asInt()).isEqualTo(grants);
			assertThat(finished.path("rowsCreated").asInt()).isZero();
			assertThat(problems).hasSize(grants)
				.allSatisfy(problem -> assertThat(problem.path("rule").asString()).isEqualTo("currency-not-dkk"))
				.allSatisfy(problem -> assertThat(problem.path("value").asString()).isEqualTo("GBP"));
			assertThat(problems.stream().map(p -> p.path("row").asInt()).distinct()).hasSize(grants);
		}
	}

	@Test
	void everyProblemOfTheDataQualityToolsBadFileIsNamedAndNothingIsWritten() throws Exception {
		byte[] file = Files
			.readAllBytes(OpenDataTests.STANDARDS.resolve("360giving/samples/badfile_all_validation_errors.json"));

		JsonNode finished = importFile("badfile.json", "application/json", file);
		List<String> fields = problems(finished).stream()
			.map(p -> p.path("field").asString() + " " + p.path("rule").asString())
			.toList();

		assertThat(finished.path("rowsRefused").asInt()).isEqualTo(1);
		assertThat(fields).containsExactlyInAnyOrder("title not-text", "description missing", "currency not-a-currency",
				"amountAwarded not-a-number", "awardDate not-a-date", "recipientOrganization[0].id missing",
				"fundingOrganization[0].name missing", "plannedDates not-a-list", "actualDates[0] not-an-object",
				"url not-a-web-address");
		assertThat(this.jdbc.sql("select count(*) from granted_project where source_grant_id = :id")
			.param("id", "360G-sampletrust-105177/Z/14/Z")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from organisation where name = 'Example Project Limited'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFileInKronerBecomesGrantedProjectsAndImportingItAgainChangesNothing() throws Exception {
		String prefix = Fixtures.unique("360G-kommune").replace(" ", "-");
		byte[] file = kronerFile(prefix, "250000");

		JsonNode first = importFile("tilskud.json", "application/json", file);
		JsonNode again = importFile("tilskud.json", "application/json", file);
		JsonNode changed = importFile("tilskud.json", "application/json", kronerFile(prefix, "300000"));
		JsonNode asCsv = importFile("tilskud.csv", "text/csv", csvOf(prefix, "300000"));

		assertThat(first.path("status").asString()).isEqualTo("DONE");
		assertThat(first.path("rowsCreated").asInt()).isEqualTo(3);
		assertThat(again.path("rowsCreated").asInt()).isZero();
		assertThat(again.path("rowsUnchanged").asInt()).isEqualTo(3);
		assertThat(changed.path("rowsUpdated").asInt()).isEqualTo(1);
		assertThat(changed.path("rowsUnchanged").asInt()).isEqualTo(2);
		assertThat(asCsv.path("rowsUnchanged").asInt()).as(problems(asCsv).toString()).isEqualTo(3);
		JsonNode projects = this.administrator.get("/api/v1/granted-projects?q=" + prefix.substring(5) + "&size=50")
			.body()
			.path("items");
		assertThat(projects).hasSize(3);
		assertThat(projects.findValuesAsString("title")).contains(prefix.substring(5) + " Aarhus");
		JsonNode pools = this.administrator.get("/api/v1/pools?q=" + prefix.substring(5)).body().path("items");
		assertThat(pools).hasSize(1);
		String export = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/open-data/360giving.json?pool="
					+ pools.get(0).path("id").asLong()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		assertThat(export).contains("\"" + prefix + "-1\"", "\"DK-CVR-55133018\"", "\"751\"", "300000");
		List<String> history = this.jdbc.sql("""
				select actor || ' ' || action || ' ' || coalesce(after_state, '') from audit_entry
				where record_kind = 'grant_import' and record_id = :id order by id""")
			.param("id", String.valueOf(first.path("id").asLong()))
			.query(String.class)
			.list();
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).startsWith("admin started")
			.contains("tilskud.json", first.path("sha256").asString());
		assertThat(history.get(1)).startsWith("admin finished").contains("\"created\":3");
	}

	@Test
	void aGrantTheFileHasTwiceIsAddedOnceAndTakesItsLaterFigures() throws Exception {
		String prefix = Fixtures.unique("360G-to-gange").replace(" ", "-");
		String programme = prefix.substring(5);
		String once = grant(prefix + "-1", programme + " Forening", prefix + "-forening", "Foreningen " + programme,
				"100000", null);
		String later = grant(prefix + "-1", programme + " Forening", prefix + "-forening", "Foreningen " + programme,
				"125000", null);
		byte[] file = ("{\"grants\":[" + once + "," + later + "]}").getBytes(StandardCharsets.UTF_8);

		JsonNode finished = importFile("to-gange.json", "application/json", file);

		assertThat(finished.path("rowsCreated").asInt()).as(finished.toString()).isEqualTo(1);
		assertThat(finished.path("rowsUpdated").asInt()).isEqualTo(1);
		assertThat(this.jdbc.sql("select granted_total from granted_project where source_grant_id = :id")
			.param("id", prefix + "-1")
			.query(Long.class)
			.list()).containsExactly(12_500_000L);
	}

	@Test
	void anImportedGrantKeepsTheDateItsFileSaysItWasModified() throws Exception {
		String prefix = Fixtures.unique("360G-morgen").replace(" ", "-");
		String programme = prefix.substring(5);
		String grant = grant(prefix + "-1", programme + " Forening", prefix + "-forening", "Foreningen " + programme,
				"50000", null);
		// modified early on the morning of its award, hours before the noon an award is
		// dated
		String modified = grant.substring(0, grant.length() - 1) + ",\"dateModified\":\"2016-05-01T06:00:00Z\"}";
		importFile("morgen.json", "application/json",
				("{\"grants\":[" + modified + "]}").getBytes(StandardCharsets.UTF_8));
		long pool = this.jdbc.sql("select pool_id from granted_project where source_grant_id = :id")
			.param("id", prefix + "-1")
			.query(Long.class)
			.single();

		JsonNode exported = JSON.readTree(HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/open-data/360giving.json?pool=" + pool))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body());

		assertThat(exported.path("grants").get(0).path("dateModified").asString()).isEqualTo("2016-05-01T06:00:00Z");
	}

	/**
	 * Three grants in kroner: one to a CVR number, one to Aarhus Kommune by its code, one
	 * to a new association.
	 */
	private static byte[] kronerFile(String prefix, String thirdAmount) {
		String programme = prefix.substring(5);
		String grants = String.join(",",
				grant(prefix + "-1", programme + " CVR", "DK-CVR-55133018", "Styrelsen", "100000", null),
				grant(prefix + "-2", programme + " Aarhus", "360G-kommune-751", "Aarhus Kommune", "200000", "751"),
				grant(prefix + "-3", programme + " Forening", prefix + "-forening", "Foreningen " + programme,
						thirdAmount, null));
		return ("{\"grants\":[" + grants + "]}").getBytes(StandardCharsets.UTF_8);
	}

	private static String grant(String id, String title, String recipient, String name, String amount,
			String municipality) {
		String location = municipality == null ? "" : ",\"beneficiaryLocation\":[{\"name\":\"" + name
				+ "\",\"countryCode\":\"DK\",\"geoCode\":\"" + municipality + "\",\"geoCodeType\":\"Kommunekode\"}]";
		return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"description\":\"Et tidligere tilskud.\","
				+ "\"currency\":\"DKK\",\"amountAwarded\":" + amount + ",\"awardDate\":\"2016-05-01\","
				+ "\"plannedDates\":[{\"startDate\":\"2016-06-01\",\"endDate\":\"2017-12-31\"}],"
				+ "\"recipientOrganization\":[{\"id\":\"" + recipient + "\",\"name\":\"" + name + "\"}]" + location
				+ ",\"fundingOrganization\":[{\"id\":\"DK-CVR-29189846\",\"name\":\"Sundhedsstyrelsen\"}],"
				+ "\"grantProgramme\":[{\"code\":\"" + id.substring(0, id.lastIndexOf('-')) + "\",\"title\":\"Puljen "
				+ title.substring(0, title.indexOf(' ')) + "\"}]}";
	}

	private static byte[] csvOf(String prefix, String thirdAmount) throws Exception {
		JsonNode file = JSON.readTree(kronerFile(prefix, thirdAmount));
		StringBuilder csv = new StringBuilder(
				"Identifier,Title,Description,Currency,Amount Awarded,Award Date,Planned Dates:Start Date,"
						+ "Planned Dates:End Date,Recipient Org:Identifier,Recipient Org:Name,"
						+ "Beneficiary Location:Geographic Code,Beneficiary Location:Geographic Code Type,"
						+ "Funding Org:Identifier,Funding Org:Name,Grant Programme:Code,Grant Programme:Title\r\n");
		for (JsonNode grant : file.path("grants")) {
			JsonNode location = grant.path("beneficiaryLocation").path(0);
			csv.append(String.join(",", grant.path("id").asString(), grant.path("title").asString(),
					grant.path("description").asString(), "DKK", grant.path("amountAwarded").asString(),
					grant.path("awardDate").asString(), "2016-06-01", "2017-12-31",
					grant.path("recipientOrganization").get(0).path("id").asString(),
					grant.path("recipientOrganization").get(0).path("name").asString(),
					location.path("geoCode").asString(""), location.path("geoCodeType").asString(""), "DK-CVR-29189846",
					"Sundhedsstyrelsen", grant.path("grantProgramme").get(0).path("code").asString(),
					grant.path("grantProgramme").get(0).path("title").asString()))
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void anImportThatARestartCutOffIsMarkedStoppedAndSaysToImportItAgain() {
		OffsetDateTime now = DanishTime.of(this.clock.instant());
		long cutOff = this.jdbc.sql("""
				insert into grant_import (file_name, file_format, sha256, imported_by, started_at, heartbeat_at, status,
				                          rows_read)
				values ('afbrudt.json', 'JSON', 'x', 'admin', :started, :silent, 'RUNNING', 400)""")
			.param("started", now.minusMinutes(20))
			.param("silent", now.minus(GrantImports.SILENCE).minusMinutes(1))
			.update();
		long id = this.jdbc.sql("select max(id) from grant_import where file_name = 'afbrudt.json'")
			.query(Long.class)
			.single();

		this.administrator.get("/api/v1/grant-imports");
		JsonNode stopped = this.administrator.get("/api/v1/grant-imports/" + id).body();

		assertThat(cutOff).isEqualTo(1);
		assertThat(stopped.path("status").asString()).isEqualTo("FAILED");
		assertThat(stopped.path("failure").asString()).contains("Import it again");
		assertThat(stopped.path("rowsRead").asInt()).isEqualTo(400);
	}

	@Test
	void onlyTheAuthoritysStaffImport() {
		People.Person analyst = new People(this.administrator).open(Role.ANALYST, List.of());

		assertThat(analyst.api()
			.postBytes("/api/v1/grant-imports?fileName=a.json", "application/json",
					"{\"grants\":[]}".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(403);
		assertThat(this.administrator.anonymous().get("/api/v1/grant-imports").status()).isEqualTo(401);
		assertThat(this.administrator
			.postBytes("/api/v1/grant-imports?fileName=a.txt", "application/json",
					"{}".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(422);
	}

}
