package dk.pulje.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Puts on the operations the examples in {@code api/examples.json}: what they answered
 * when read on the demo data (seed 001's pool, its first call and the re-post of the 50,8
 * mio. kr. it left, their applications and granted projects), and requests written from
 * the same seeds. {@code ApiExamplesTests} records the answers, and holds every example
 * to the fields its operation takes and gives.
 */
@Component
@Order(3)
class ApiExamples implements OpenApiCustomizer {

	static final String FILE = "api/examples.json";

	/** An operation's examples: the body it takes, and what it answers. */
	record Example(@Nullable Object request, @Nullable Object response) {
	}

	private final Map<String, Example> examples;

	ApiExamples() {
		this.examples = read();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Example> read() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			Map<String, Map<String, Object>> file = Json.mapper().readValue(in, Map.class);
			Map<String, Example> examples = new HashMap<>();
			file.forEach((operation, example) -> examples.put(operation,
					new Example(example.get("request"), example.get("response"))));
			return examples;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> exemplify(method + " " + path, operation)));
	}

	private void exemplify(String operationKey, Operation operation) {
		Example example = this.examples.get(operationKey);
		if (example == null) {
			return;
		}
		if (example.request() != null && operation.getRequestBody() != null) {
			set(operation.getRequestBody().getContent(), example.request());
		}
		if (example.response() != null && operation.getResponses() != null) {
			operation.getResponses()
				.entrySet()
				.stream()
				.filter(response -> response.getKey().startsWith("2"))
				.map(Map.Entry::getValue)
				.map(ApiResponse::getContent)
				.forEach(content -> set(content, example.response()));
		}
	}

	private static void set(@Nullable Content content, Object example) {
		if (content != null) {
			content.values().forEach(type -> type.setExample(example));
		}
	}

}
