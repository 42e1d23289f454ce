package dk.pulje.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
		assertThat(document.body()
			.path("components")
			.path("securitySchemes")
			.path("administrator")
			.path("scheme")
			.asString()).isEqualTo("basic");
	}

	@Test
	void theHealthCheckIsOpenAndTheRestOfActuatorIsNot() {
		Api anonymous = Api.asAdministrator(this.port).anonymous();

		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
	}

}
