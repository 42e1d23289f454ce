package dk.pulje.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Documents on each operation what it answers besides its body, read from what the
 * operation takes and gives, as {@link ProblemDetails} and {@link Versions} answer:
 * <ul>
 * <li>the problems: 400 where it reads parameters or a body, 404 where its path names a
 * record, 409 and 422 where it changes something, 412 where it reads {@code If-Match},
 * and 428 where it requires it (a change to a whole record), each an RFC 9457 problem
 * with its schema;</li>
 * <li>the headers: {@code ETag} with a record that has a version, and 304 to a read that
 * sends it back in {@code If-None-Match}; {@code Location} with 201 and 202.</li>
 * </ul>
 * A new endpoint is documented by what it takes and gives, without anyone remembering to.
 */
// after the logins, whose 401 and 403 are problems of their own
@Component
@Order(2)
public class ApiAnswers implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	/** A rule broken, as a call that offers more than its pool has left is refused. */
	private static final Map<String, Object> RULE_BROKEN = Map.of("type", "/problems/rule-broken", "title",
			"A rule refused the change", "status", 422, "detail",
			"The call offers 60000000.00, but only 50800000.00 of the pool is neither earmarked nor offered by "
					+ "other calls.",
			"rule", "call-exceeds-pool", "field", "amount", "errors", List.of(Map.of("field", "amount", "code",
					"call-exceeds-pool", "message", "The call offers 60000000.00, ...")));

	private static final String PROBLEM_TYPE = "application/problem+json";

	@Override
	public void customise(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSchemas(PROBLEM, problemSchema());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(responses);
			headers(components, method, responses);
			document(path, method, operation, responses);
		}));
	}

	private static void headers(Components components, PathItem.HttpMethod method, ApiResponses responses) {
		responses.forEach((status, response) -> {
			if ("201".equals(status) || "202".equals(status)) {
				response.addHeaderObject(HttpHeaders.LOCATION,
						header("The address of the " + ("201".equals(status) ? "new record" : "work, to follow it")));
			}
			if (status.startsWith("2") && versioned(components, response)) {
				response.addHeaderObject(HttpHeaders.ETAG,
						header("The record's version, e.g. `\"3\"`: send it in `If-Match` with a change"));
			}
		});
		ApiResponse ok = responses.get("200");
		if (method == PathItem.HttpMethod.GET && ok != null && versioned(components, ok)) {
			responses.addApiResponse("304", new ApiResponse()
				.description("The record is as it was at the `ETag` sent in `If-None-Match`; nothing is sent."));
		}
	}

	/** Whether the response's body is a record with a version, which goes as its ETag. */
	private static boolean versioned(Components components, ApiResponse response) {
		if (response.getContent() == null) {
			return false;
		}
		return response.getContent().values().stream().map(MediaType::getSchema).anyMatch(schema -> {
			String ref = schema == null ? null : schema.get$ref();
			Schema<?> body = ref == null || components.getSchemas() == null ? null
					: components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
			return body != null && body.getProperties() != null && body.getProperties().containsKey("version");
		});
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new StringSchema());
	}

	private static void document(String path, PathItem.HttpMethod method, Operation operation, ApiResponses responses) {
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		Parameter ifMatch = parameters(operation).stream()
			.filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
			.findFirst()
			.orElse(null);
		if (!parameters(operation).isEmpty() || operation.getRequestBody() != null) {
			problem(responses, "400",
					"The request cannot be read: a parameter or a field of the body is missing or of the wrong kind. "
							+ "`errors` names each, with its field and why.");
		}
		if (path.contains("{")) {
			problem(responses, "404", "There is no such record, or it is not one the caller may see.");
		}
		if (changes) {
			problem(responses, "409", "The record was changed by another request at the same moment; read it again "
					+ "and repeat the change.");
			if (!responses.containsKey("422")) {
				responses.addApiResponse("422",
						response(
								"The request is well formed but would break a rule of the domain. `rule` names the "
										+ "rule and `field` the field; `errors` lists every rule broken.",
								RULE_BROKEN));
			}
		}
		if (ifMatch != null) {
			problem(responses, "412", "The `If-Match` version is not the record's version: someone changed it "
					+ "meanwhile. Read it again for its new `ETag`.");
		}
		if (ifMatch != null && Boolean.TRUE.equals(ifMatch.getRequired())) {
			problem(responses, "428", "A change to a whole record must say which version it changes, in `If-Match`.");
		}

		if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
			responses.addApiResponse("406", new ApiResponse().description(
					"The `Accept` header asks for a kind of body the operation cannot give; nothing is sent."));
		}
	}

	private static List<Parameter> parameters(Operation operation) {
		return operation.getParameters() == null ? List.of() : operation.getParameters();
	}

	private static void problem(ApiResponses responses, String status, String description) {
		if (responses.containsKey(status)) {
			return;
		}
		responses.addApiResponse(status, response(description));
	}

	/** A response whose body is a problem. */
	public static ApiResponse response(String description) {
		return response(description, null);
	}

	private static ApiResponse response(String description, @Nullable Object example) {
		MediaType body = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
		if (example != null) {
			body.setExample(example);
		}
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_TYPE, body));
	}

	private static Schema<?> problemSchema() {
		Schema<?> error = new ObjectSchema().description("One wrong field: where, which check or rule, and why.")
			.addProperty("field", new StringSchema().description("The field or parameter, e.g. `budget[0].amount`"))
			.addProperty("code", new StringSchema().description("The check or rule it failed, e.g. `NotNull`"))
			.addProperty("message", new StringSchema().description("Why, in the language asked for"));
		return new ObjectSchema().description("An RFC 9457 problem, in Danish or English as `Accept-Language` asks.")
			.addProperty("type", new StringSchema().description("What kind of problem, e.g. `/problems/rule-broken`"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema().format("int32"))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("rule", new StringSchema().description("With a 422: the rule the request would break"))
			.addProperty("field", new StringSchema().description("With a 422: the field the rule is about"))
			.addProperty("errors", new ArraySchema().items(error));
	}

}
