package dk.pulje.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiDescriptionTests {

	@LocalServerPort
	int port;

	@Test
	void theOpenApiDocumentDescribesEveryFeatureAndTheLogin() {
		Api.Response document = Api.asAdministrator(this.port).anonymous().get("/v3/api-docs");

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body().path("info").path("title").asString()).isEqualTo("Pulje API");
		assertThat(document.body().path("paths").propertyNames()).contains("/api/v1/pools", "/api/v1/calls/{id}/repost",
				"/api/v1/applications/{id}/decision", "/api/v1/granted-projects", "/api/v1/programmes",
				"/api/v1/organisations");
		JsonNode schemes = document.body().path("components").path("securitySchemes");
		assertThat(schemes.path("token").path("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
		assertThat(document.body().path("info").path("license").path("name").asString()).isEqualTo("CC BY 4.0");
		assertThat(document.body().path("servers").get(0).path("url").asString()).isEqualTo("http://localhost:8080");
	}

	@Test
	void aPublicReadNeedsNoLoginAndAChangeSaysWhichLoginsAndRolesMay() {
		JsonNode paths = Api.asAdministrator(this.port).anonymous().get("/v3/api-docs").body().path("paths");

		JsonNode read = paths.path("/api/v1/pools/{id}").path("get");
		JsonNode change = paths.path("/api/v1/pools/{id}").path("put");

		assertThat(read.path("security").isArray()).isTrue();
		assertThat(read.path("security")).isEmpty();
		assertThat(read.path("responses").has("401")).isFalse();
		assertThat(change.path("security").findValues("token")).hasSize(1);
		assertThat(change.path("security").findValues("basic")).hasSize(1);
		assertThat(change.path("x-roles").values().stream().map(JsonNode::asString).toList())
			.containsExactly("ADMINISTRATOR", "CASEWORKER");
		assertThat(change.path("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409", "412",
				"422", "428");
		assertThat(change.path("responses")
			.path("412")
			.path("content")
			.path("application/problem+json")
			.path("schema")
			.path("$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
	}

	@Test
	void theHealthCheckIsOpenAndTheRestOfActuatorIsNot() {
		Api anonymous = Api.asAdministrator(this.port).anonymous();

		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
	}

}
