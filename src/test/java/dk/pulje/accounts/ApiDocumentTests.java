package dk.pulje.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live API document, read as an integrator's tools read it, holds what they need: it
 * parses without a structural error; every operation has a summary and a description,
 * documents its success and the problems it can answer, and says the login its access
 * rule asks. An endpoint added without these fails here.
 */
@IntegrationTest
class ApiDocumentTests {

	@LocalServerPort
	int port;

	String live;

	OpenAPI document;

	List<String> messages;

	/** Each operation of the document, with its path and method. */
	record Described(String path, PathItem.HttpMethod method, Operation operation) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	List<Described> operations = new ArrayList<>();

	@BeforeEach
	void read() throws Exception {
		this.live = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(this.live, null, new ParseOptions());
		this.document = result.getOpenAPI();
		this.messages = result.getMessages() == null ? List.of() : result.getMessages();
		this.document.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> this.operations.add(new Described(path, method, operation))));
	}

	/**
	 * The API client the tests generate is made from
	 * {@code src/test/resources/api/pulje-api.json} (the generator runs before the tests
	 * can start Pulje), so that file must be the live document. After a change to the
	 * API, write it anew with
	 * {@code ./mvnw test -Dtest=ApiDocumentTests -Dpulje.api.write=true}.
	 */
	@Test
	void theDocumentTheClientIsGeneratedFromIsTheLiveOne() throws Exception {
		Path committed = Path.of("src/test/resources/api/pulje-api.json");
		JsonMapper json = JsonMapper.builder().build();
		if (Boolean.getBoolean("pulje.api.write")) {
			Files.writeString(committed,
					json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(this.live)));
		}

		assertThat(json.readTree(Files.readString(committed)))
			.as("src/test/resources/api/pulje-api.json is not the live document; write it anew (see this test)")
			.isEqualTo(json.readTree(this.live));
	}

	@Test
	void theDocumentParsesWithoutAStructuralError() {
		assertThat(this.messages).isEmpty();
		assertThat(this.operations).hasSizeGreaterThan(100);
		assertThat(this.document.getInfo().getLicense().getName()).isNotBlank();
		assertThat(this.document.getServers()).isNotEmpty();
	}

	@Test
	void everyOperationHasASummaryADescriptionAndAUniqueId() {
		assertThat(this.operations).allSatisfy(each -> {
			assertThat(each.operation().getSummary()).as(each.toString()).isNotBlank();
			assertThat(each.operation().getDescription()).as(each.toString()).isNotBlank();
		});
		assertThat(this.operations.stream().map(each -> each.operation().getOperationId())).doesNotHaveDuplicates();
	}

	@Test
	void everyOperationDocumentsItsSuccessAndTheProblemsItCanAnswer() {
		assertThat(this.operations).allSatisfy(each -> {
			var responses = each.operation().getResponses();
			assertThat(responses.keySet()).as(each.toString()).anyMatch(status -> status.startsWith("2"));
			assertThat(responses.keySet()).as(each.toString()).anyMatch(status -> status.startsWith("4"));
			if (each.path().contains("{")) {
				assertThat(responses).as(each.toString()).containsKey("404");
			}
			if (each.operation().getParameters() != null && !each.operation().getParameters().isEmpty()
					|| each.operation().getRequestBody() != null) {
				assertThat(responses).as(each.toString()).containsKey("400");
			}
			if (each.method() != PathItem.HttpMethod.GET) {
				assertThat(responses).as(each.toString()).containsKeys("409", "422");
			}
			responses.entrySet()
				.stream()
				.filter(response -> response.getKey().startsWith("4") && !"406".equals(response.getKey()))
				.forEach(problem -> assertThat(problem.getValue().getContent()).as(each + " " + problem.getKey())
					.containsKey("application/problem+json"));
		});
	}

	@Test
	void everyOperationSaysTheLoginItsAccessRuleAsks() {
		assertThat(this.operations).allSatisfy(each -> {
			Optional<AccessRules.Rule> rule = AccessRules.ruleFor(HttpMethod.valueOf(each.method().name()),
					each.path());
			assertThat(rule).as(each.toString()).isPresent();
			boolean open = rule.get().access() == AccessRules.Access.PUBLIC;
			assertThat(each.operation().getSecurity()).as(each.toString()).isNotNull();
			if (open) {
				assertThat(each.operation().getSecurity()).as(each.toString()).isEmpty();
				assertThat(each.operation().getResponses()).as(each.toString()).doesNotContainKey("401");
			}
			else {
				assertThat(each.operation().getSecurity()).as(each.toString())
					.flatMap(requirement -> requirement.keySet())
					.containsExactlyInAnyOrder(ApiLogins.TOKEN, ApiLogins.BASIC);
				assertThat(each.operation().getResponses()).as(each.toString()).containsKey("401");
			}
		});
	}

	@Test
	void aNewRecordIsAnsweredWith201ItsAddressAndVersion() {
		var created = this.document.getPaths().get("/api/v1/pools").getPost().getResponses().get("201");
		var read = this.document.getPaths().get("/api/v1/pools/{id}").getGet().getResponses();

		assertThat(created.getHeaders()).containsKeys("Location", "ETag");
		assertThat(read.get("200").getHeaders()).containsKey("ETag");
		assertThat(read).containsKey("304");
	}

}
