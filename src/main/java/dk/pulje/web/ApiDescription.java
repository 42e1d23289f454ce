package dk.pulje.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title, version, licence and server of the OpenAPI document, and what every call has
 * in common. Who may call what, and the problems each call can answer, are added to each
 * operation by the features that know them ({@code ApiLogins}, {@link ApiAnswers}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI puljeApi(ObjectProvider<BuildProperties> build,
			@Value("${pulje.base-url:http://localhost:8080}") String server,
			@Value("${pulje.open-data.licence-name:CC BY 4.0}") String licence,
			@Value("${pulje.open-data.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl) {
		BuildProperties built = build.getIfAvailable();
		return new OpenAPI().info(new Info().title("Pulje API")
			.version(built == null ? "development" : built.getVersion())
			.license(new License().name(licence).url(licenceUrl))
			.description("""
					Public-health funding pools from the political agreement to the granted project: agreements, \
					programmes and appropriations; pools and their calls; applications, reviews, recommendations and \
					decisions; granted projects, payments, reports and action plans.

					**Reading public records needs no login.** Everything else takes a personal access token as a \
					bearer token (`Authorization: Bearer pulje_...`, made at `POST /api/v1/me/tokens`), or HTTP \
					Basic with a user name and password. Each operation says which it needs, and which roles may \
					call it.

					**Amounts** are strings of kroner with two decimals (`"50800000.00"`); times are Danish time. \
					**Lists** come in pages (`page`, `size`, `sort`) with `Link` headers to the first, previous, \
					next and last pages. **Changes** to a record that has a version need `If-Match` with its \
					`ETag`: 428 when it is missing, 412 when someone changed the record meanwhile.

					**Errors** are RFC 9457 problem details (`application/problem+json`) in Danish or English, as \
					`Accept-Language` asks: a 400 names each wrong field in `errors`; a 422 names the rule the \
					request would break in `rule`, and its field."""))
			.servers(List.of(new Server().url(server).description("Pulje")))
			.components(new Components());
	}

}
