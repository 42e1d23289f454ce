package dk.pulje.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dk.pulje.Api;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples in the API document are what Pulje answers on the demo data: seed 001's
 * pool, its calls (the first, and the re-post of the 50,8 mio. kr. it left), their
 * applications, granted projects and statistics. Each recorded answer has the fields the
 * live answer has, and each written request the fields its operation takes, so that no
 * example drifts from the API. After a change to the API, record the answers anew with
 * {@code ./mvnw test -Dtest=ApiExamplesTests -Dpulje.api.write=true}.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class ApiExamplesTests {

	private static final Path FILE = Path.of("src/main/resources/" + ApiExamples.FILE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/**
	 * The reads whose answers are the examples, by method and path, on seed 001's
	 * records.
	 */
	private Map<String, String> reads(Api administrator) {
		JsonNode pools = administrator.get("/api/v1/pools?q=Videreudvikling%20og%20styrkelse&size=1").body();
		long pool = pools.path("items").get(0).path("id").asLong();
		JsonNode calls = administrator.get("/api/v1/pools/" + pool + "/calls").body().path("items");
		long first = calls.get(0).path("id").asLong();
		long repost = calls.get(1).path("id").asLong();
		long project = administrator.get("/api/v1/granted-projects?poolId=" + pool + "&size=1")
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		long application = administrator.get("/api/v1/applications?callId=" + first + "&size=1")
			.body()
			.path("items")
			.get(0)
			.path("id")
			.asLong();
		Map<String, String> reads = new LinkedHashMap<>();
		reads.put("GET /api/v1/pools", "/api/v1/pools?q=Videreudvikling%20og%20styrkelse&size=1");
		reads.put("GET /api/v1/pools/{id}", "/api/v1/pools/" + pool);
		reads.put("GET /api/v1/pools/{id}/calls", "/api/v1/pools/" + pool + "/calls");
		reads.put("GET /api/v1/calls/{id}", "/api/v1/calls/" + repost);
		reads.put("GET /api/v1/calls/{id}/statistics", "/api/v1/calls/" + first + "/statistics");
		reads.put("GET /api/v1/granted-projects", "/api/v1/granted-projects?poolId=" + pool + "&size=2");
		reads.put("GET /api/v1/granted-projects/{id}", "/api/v1/granted-projects/" + project);
		reads.put("GET /api/v1/applications", "/api/v1/applications?callId=" + first + "&size=2");
		reads.put("GET /api/v1/applications/{id}", "/api/v1/applications/" + application);
		return reads;
	}

	@Test
	void eachExampleHasTheFieldsOfWhatItsOperationTakesAndGives() throws Exception {
		Api administrator = Api.asAdministrator(this.port);
		ObjectNode file = (ObjectNode) JSON.readTree(Files.readString(FILE));
		Map<String, JsonNode> live = new LinkedHashMap<>();
		reads(administrator).forEach((operation, path) -> {
			Api.Response read = administrator.get(path);
			assertThat(read.status()).as(path).isEqualTo(200);
			live.put(operation, read.body());
		});
		if (Boolean.getBoolean("pulje.api.write")) {
			live.forEach((operation, answer) -> {
				ObjectNode example = file.has(operation) ? (ObjectNode) file.get(operation) : file.putObject(operation);
				example.set("response", answer);
			});
			Files.writeString(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file));
		}

		live.forEach((operation, answer) -> assertThat(fields(file.path(operation).path("response")))
			.as("the example of %s", operation)
			.isEqualTo(fields(answer)));
		JsonNode schemas = administrator.anonymous().get("/v3/api-docs").body().path("components").path("schemas");
		Map<String, String> requests = Map.of("POST /api/v1/pools", "PoolRequest", "POST /api/v1/applications",
				"ApplicationRequest", "POST /api/v1/applications/{id}/submit", "SubmitRequest",
				"POST /api/v1/applications/{id}/decision", "DecisionRequest", "POST /api/v1/me/tokens", "TokenRequest");
		requests.forEach((operation, schema) -> assertThat(schemas.path(schema).path("properties").propertyNames())
			.as("the fields of %s", schema)
			.containsAll(file.path(operation).path("request").propertyNames()));
	}

	@Test
	void theDocumentCarriesTheExamples() {
		JsonNode paths = Api.asAdministrator(this.port).anonymous().get("/v3/api-docs").body().path("paths");

		JsonNode call = paths.path("/api/v1/calls/{id}").path("get").path("responses").path("200");
		JsonNode pool = paths.path("/api/v1/pools").path("post").path("requestBody");

		assertThat(call.findValue("example").path("amount").asString()).isEqualTo("50800000.00");
		assertThat(pool.findValue("example").path("authority").asString()).isEqualTo("Sundhedsstyrelsen");
	}

	/** The names of an object's fields, and of its first item's where it is a list. */
	private static Set<String> fields(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.properties().forEach(field -> {
			names.add(field.getKey());
			JsonNode first = field.getValue().isArray() ? field.getValue().path(0) : field.getValue();
			if (first.isObject()) {
				fields(first).forEach(inner -> names.add(field.getKey() + "." + inner));
			}
		});
		return names;
	}

}
