package dk.pulje.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void everyResponseCarriesTheUsualProtectiveHeaders() {
		Api.Response response = Api.asAdministrator(this.port).anonymous().get("/api/v1/pools");

		assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
				"object-src 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.header("Permissions-Policy")).contains("camera=()");
	}

	@Test
	void anErrorShowsNeitherStackTraceNorSql() {
		Api.Response response = Api.asAdministrator(this.port).get("/api/v1/pools?page=x");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().toString()).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("select ")
			.doesNotContain("at dk.pulje");
	}

	@Test
	void everyResponseSaysWhichRequestItAnswers() {
		Api.Response first = Api.asAdministrator(this.port).anonymous().get("/api/v1/pools");
		Api.Response second = Api.asAdministrator(this.port).anonymous().get("/api/v1/pools");

		assertThat(first.requestId()).isNotBlank().isNotEqualTo(second.requestId());
	}

}
