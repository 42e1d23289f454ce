package dk.pulje.web;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.JsonNode;

/**
 * The title, version, licence and server of the OpenAPI document, and what every call has
 * in common. Who may call what, and the problems each call can answer, are added to each
 * operation by the features that know them ({@code ApiLogins}, {@link ApiAnswers}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static {
		// A value of any kind (a history entry's value before and after), not the
		// parser's
		// node with its getters
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value: text, number, object ..."))
			// A time in a request is Danish wall-clock time, without an offset, which an
			// OpenAPI date-time must have
			.replaceWithSchema(LocalDateTime.class,
					new StringSchema().pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$")
						.example("2017-12-11T12:00")
						.description("Danish wall-clock time, without an offset"));
	}

	/**
	 * Names each operation for what it does, from its summary ("Read a pool" is
	 * {@code readPool}), so that a generated client's methods say so too; where two
	 * operations share a summary, the path's first part tells them apart.
	 */
	@Bean
	@Order(0)
	OpenApiCustomizer operationIds() {
		return api -> {
			if (api.getPaths() == null) {
				return;
			}
			Map<String, Integer> used = new HashMap<>();
			api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				if (operation.getSummary() != null) {
					used.merge(identifier(operation.getSummary()), 1, Integer::sum);
				}
			}));
			api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				if (operation.getSummary() == null) {
					return;
				}
				String id = identifier(operation.getSummary());
				operation.setOperationId(
						used.getOrDefault(id, 0) > 1 ? id + capitalised(identifier(path.split("/")[3])) : id);
			}));
		};
	}

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** The words in lower camel case, without articles and punctuation. */
	static String identifier(String words) {
		StringBuilder id = new StringBuilder();
		for (String word : words.replace("'s", "").split("[^A-Za-z0-9]+")) {
			if (word.isEmpty() || ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
				continue;
			}
			id.append(id.isEmpty() ? word.toLowerCase(Locale.ROOT)
					: Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
		}
		return id.toString();
	}

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
