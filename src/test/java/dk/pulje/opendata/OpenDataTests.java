package dk.pulje.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.PuljeApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data files of the demo data, as a harvester fetches them: the 360Giving
 * package validates against the standard's own schema, the IATI activities against the
 * IATI 2.03 XML Schema and the Standard Ruleset's rules for the elements they use, and
 * the CSV has the standard's column titles and nothing a spreadsheet would run. Only
 * grants of completed allocations are in them, and a harvester that sends the ETag back
 * gets 304 until something changed.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class OpenDataTests {

	/** The official schemas and real files, beside the project (see its README). */
	static final Path STANDARDS = Path.of(System.getProperty("pulje.opendata", "../shared/opendata"));

	private static final String GRANT_SCHEMA_URL = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api administrator;

	HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * The 360Giving package schema, with the grant schema it refers to read from its
	 * local copy.
	 */
	static Schema givingSchema() throws IOException {
		String packageUrl = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";
		Map<String, String> schemas = Map.of(packageUrl,
				Files.readString(STANDARDS.resolve("360giving/360-giving-package-schema.json")),
				GRANT_SCHEMA_URL + "360-giving-schema.json",
				Files.readString(STANDARDS.resolve("360giving/360-giving-schema.json")));
		return SchemaRegistry
			.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(schemas))
			.getSchema(SchemaLocation.of(packageUrl));
	}

	static List<Error> validate(Schema schema, String json) {
		return schema.validate(json, InputFormat.JSON,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
	}

	@Test
	void theValidatorAcceptsARealPublishedFileAndRefusesTheDataQualityToolsBadOne() throws IOException {
		Schema schema = givingSchema();

		assertThat(validate(schema, Files.readString(STANDARDS.resolve("360giving/samples/grants-475.json"))))
			.isEmpty();
		assertThat(validate(schema,
				Files.readString(STANDARDS.resolve("360giving/samples/badfile_all_validation_errors.json"))))
			.isNotEmpty();
	}

	@Test
	void the360GivingPackageValidatesAndHoldsOnlyGrantsOfCompletedAllocations() throws Exception {
		HttpResponse<String> response = get("/open-data/360giving.json");
		JsonNode file = JSON.readTree(response.body());
		List<String> ids = new ArrayList<>();
		file.path("grants").forEach(grant -> ids.add(grant.path("id").asString()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(validate(givingSchema(), response.body())).isEmpty();
		assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("360G-pulje-")).doesNotHaveDuplicates();
		JsonNode aarhus = grantTitled(file, "Akutfunktion med speciallægesparring i Aarhus");
		assertThat(aarhus.path("currency").asString()).isEqualTo("DKK");
		assertThat(aarhus.path("amountAwarded").decimalValue()).isEqualByComparingTo("38400000");
		assertThat(aarhus.path("recipientOrganization").get(0).path("id").asString())
			.as("a demo municipality has no CVR number")
			.startsWith("360G-pulje-organisation-");
		assertThat(aarhus.path("beneficiaryLocation").get(0).path("geoCode").asString()).isEqualTo("751");
		assertThat(aarhus.path("classifications").findValuesAsString("code")).contains("demo");
		assertThat(response.body()).doesNotContain("Digital rehabilitering i Vejle", "Bostedsprojekt i Esbjerg");
	}

	@Test
	void theIatiActivitiesValidateAndKeepTheRulesetsRules() throws Exception {
		String xml = get("/open-data/iati-activities.xml").body();

		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(STANDARDS.resolve("iati-2.03/iati-activities-schema.xsd").toFile())
			.newValidator()
			.validate(new StreamSource(new StringReader(xml)));
		org.w3c.dom.Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(xml)));
		NodeList activities = document.getElementsByTagName("iati-activity");
		assertThat(activities.getLength()).isPositive();
		for (int i = 0; i < activities.getLength(); i++) {
			keepsTheRules((Element) activities.item(i));
		}
	}

	/**
	 * The Standard Ruleset's rules for the elements the export uses: 1.1.3 and 1.1.21
	 * (the identifier differs from, and begins with, the reporting organisation's), the
	 * planned start before the planned end, and 8.6.3 and 7.5.3 (each budget's period in
	 * order and no longer than a year), and each budget within the activity's dates.
	 */
	private static void keepsTheRules(Element activity) throws Exception {
		var xpath = XPathFactory.newInstance().newXPath();
		String identifier = xpath.evaluate("iati-identifier", activity);
		String reporter = xpath.evaluate("reporting-org/@ref", activity);
		assertThat(identifier).isNotEqualTo(reporter).startsWith(reporter + "-");
		LocalDate start = LocalDate.parse(xpath.evaluate("activity-date[@type='1']/@iso-date", activity));
		LocalDate end = LocalDate.parse(xpath.evaluate("activity-date[@type='3']/@iso-date", activity));
		assertThat(start).as(identifier).isBefore(end);
		NodeList budgets = (NodeList) xpath.evaluate("budget", activity, XPathConstants.NODESET);
		assertThat(budgets.getLength()).as(identifier).isPositive();
		for (int i = 0; i < budgets.getLength(); i++) {
			LocalDate from = LocalDate.parse(xpath.evaluate("period-start/@iso-date", budgets.item(i)));
			LocalDate until = LocalDate.parse(xpath.evaluate("period-end/@iso-date", budgets.item(i)));
			assertThat(from).as(identifier).isBefore(until);
			assertThat(ChronoUnit.DAYS.between(from, until)).as(identifier).isLessThan(366);
			assertThat(from).as(identifier).isAfterOrEqualTo(start);
			assertThat(until).as(identifier).isBeforeOrEqualTo(end);
		}
		assertThat(xpath.evaluate("count(transaction[transaction-type/@code='2'])", activity)).isEqualTo("1");
	}

	@Test
	void theCsvHasTheStandardsColumnsAndNothingASpreadsheetWouldRun() throws Exception {
		Fixtures fixtures = new Fixtures(this.administrator);
		Map<String, Object> pool = new HashMap<>(fixtures.poolRequest());
		pool.put("eligibleTypes", List.of("MUNICIPALITY", "STATE_BODY"));
		long call = fixtures.closedCall(fixtures.pool(pool), "1000000.00");
		Api.Response withCvr = this.administrator.post("/api/v1/organisations",
				Map.of("name", Fixtures.unique("Styrelse med CVR-nummer"), "type", "STATE_BODY", "cvr", "55133018"));
		Map<String, Object> request = fixtures.applicationRequest(call, withCvr.id(), List.of(), "akut",
				Map.of(2018, "500000.00"));
		request.put("title", "=HYPERLINK(\"http://example.com\")");
		assertThat(withCvr.status()).as(withCvr.body().toString()).isEqualTo(201);
		Api.Response drafted = this.administrator.post("/api/v1/applications", request);
		assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
		Api.Response submitted = fixtures.submit(drafted.id(), Fixtures.DEADLINE_2017.minusDays(1));
		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
		assertThat(fixtures.grantInFull(drafted.id()).status()).isEqualTo(200);
		assertThat(this.administrator.post("/api/v1/calls/" + call + "/complete-allocation", null).status())
			.isEqualTo(200);

		String csv = get("/open-data/360giving.csv").body();
		List<String> lines = csv.lines().toList();

		assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", GivingCsv.COLUMNS));
		assertThat(lines.size() - 1)
			.isEqualTo(JSON.readTree(get("/open-data/360giving.json").body()).path("grants").size());
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.com\"\")\"").doesNotContain(",=HYPERLINK");
		assertThat(csv).contains(",DK-CVR-55133018,");
	}

	@Test
	void aHarvesterGets304UntilSomethingChangesAndThenTheNewFile() throws Exception {
		HttpResponse<String> first = get("/open-data/360giving.json");
		String eTag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> unchanged = get("/open-data/360giving.json", "If-None-Match", eTag);
		Fixtures fixtures = new Fixtures(this.administrator);
		long call = fixtures.closedCall(fixtures.pool(), "1000000.00");
		long application = fixtures.submitted(call, fixtures.organisation("461"), Map.of(2018, "400000.00"));
		fixtures.grantInFull(application);
		HttpResponse<String> decidedOnly = get("/open-data/360giving.json", "If-None-Match", eTag);
		this.administrator.post("/api/v1/calls/" + call + "/complete-allocation", null);
		HttpResponse<String> allocated = get("/open-data/360giving.json", "If-None-Match", eTag);

		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(decidedOnly.statusCode()).as("a decision changes a record the file is made from").isEqualTo(200);
		assertThat(allocated.statusCode()).isEqualTo(200);
		String title = this.administrator.get("/api/v1/applications/" + application).text("title");
		assertThat(decidedOnly.body()).doesNotContain(title);
		assertThat(allocated.body()).contains(title);
	}

	@Test
	void aFilterLimitsTheFileToOnePoolAndAYear() throws Exception {
		String code = JSON.readTree(get("/open-data/360giving.json").body())
			.path("grants")
			.get(0)
			.path("grantProgramme")
			.get(0)
			.path("code")
			.asString();
		long pool = Long.parseLong(code.substring("pool-".length()));

		JsonNode ofThePool = JSON.readTree(get("/open-data/360giving.json?pool=" + pool).body());
		JsonNode ofNoYear = JSON.readTree(get("/open-data/360giving.json?year=1990").body());
		HttpResponse<String> badYear = get("/open-data/360giving.json?year=forever");

		assertThat(ofThePool.path("grants").size()).isPositive();
		ofThePool.path("grants")
			.forEach(grant -> assertThat(grant.path("grantProgramme").get(0).path("code").asString())
				.isEqualTo("pool-" + pool));
		assertThat(ofNoYear.path("grants")).isEmpty();
		assertThat(badYear.statusCode()).isEqualTo(400);
	}

	/**
	 * The export, imported into an empty Pulje (a second application on a database of its
	 * own) and exported from there again, is the same grant for grant: nothing is lost or
	 * changed on the way.
	 */
	@Test
	void anExportImportedIntoAnEmptyPuljeIsExportedFromThereTheSame() throws Exception {
		String exported = get("/open-data/360giving.json").body();
		String password = "rundtur-" + System.nanoTime();
		// as arguments, which come before the application's own properties
		try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(PuljeApplication.class).run(
				"--server.port=0", "--pulje.demo-data=false", "--pulje.reminders.cron=-",
				"--pulje.admin.initial-password=" + password,
				"--spring.datasource.url=jdbc:h2:mem:roundtrip-" + System.nanoTime()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=")) {
			int port = Integer.parseInt(empty.getEnvironment().getRequiredProperty("local.server.port"));
			Api there = Api.asAdministrator(port).withPassword("admin", password);
			Api.Response started = there.postBytes("/api/v1/grant-imports?fileName=360giving.json", "application/json",
					exported.getBytes(StandardCharsets.UTF_8));
			assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
			JsonNode finished = there.get(started.location()).body();
			for (int i = 0; i < 600 && "RUNNING".equals(finished.path("status").asString()); i++) {
				Thread.sleep(100);
				finished = there.get(started.location()).body();
			}
			HttpResponse<String> again = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open-data/360giving.json"))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

			assertThat(finished.path("rowsRefused").asInt()).as(finished.toString()).isZero();
			assertThat(finished.path("rowsCreated").asInt()).isEqualTo(JSON.readTree(exported).path("grants").size());
			assertThat(JSON.readTree(again.body()).path("grants")).isEqualTo(JSON.readTree(exported).path("grants"));
		}
	}

	private static JsonNode grantTitled(JsonNode file, String title) {
		for (JsonNode grant : file.path("grants")) {
			if (grant.path("title").asString().equals(title)) {
				return grant;
			}
		}
		throw new AssertionError("no grant titled " + title);
	}

}
