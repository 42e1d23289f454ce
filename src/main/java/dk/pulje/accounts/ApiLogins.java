package dk.pulje.accounts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import dk.pulje.web.ApiAnswers;

/**
 * Says in the OpenAPI document how to log in, and for each operation what it needs, read
 * from {@link AccessRules}: a public operation needs nothing; any other takes a personal
 * access token as a bearer token, or HTTP Basic, and names the roles that may call it.
 * Swagger UI's <em>Authorize</em> takes either.
 */
@Component
@Order(1)
class ApiLogins implements OpenApiCustomizer {

	static final String TOKEN = "token";

	static final String BASIC = "basic";

	@Override
	public void customise(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSecuritySchemes(TOKEN,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("personal access token")
					.description("A personal access token, made at `POST /api/v1/me/tokens` or on the account page: "
							+ "`Authorization: Bearer pulje_...`. Costs no password check on each call."));
		components.addSecuritySchemes(BASIC,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("A user name and password. Each call checks the password, which is slow on purpose: "
							+ "scripts should use a token."));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> describe(path, method, operation)));
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		Optional<AccessRules.Rule> rule = AccessRules.ruleFor(HttpMethod.valueOf(method.name()), path);
		if (rule.isEmpty() || rule.get().access() == AccessRules.Access.PUBLIC) {
			operation.setSecurity(List.of());
			return;
		}
		operation
			.setSecurity(List.of(new SecurityRequirement().addList(TOKEN), new SecurityRequirement().addList(BASIC)));
		String who = who(rule.get());
		operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
		operation.addExtension("x-roles",
				rule.get().roles().stream().map(Role::name).sorted().collect(Collectors.toList()));
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		responses.addApiResponse("401", ApiAnswers.response("No login, or a login that is not valid."));
		if (rule.get().access() == AccessRules.Access.ROLES) {
			responses.addApiResponse("403", ApiAnswers.response("The login has none of the roles that may."));
		}
	}

	private static String who(AccessRules.Rule rule) {
		if (rule.access() == AccessRules.Access.SIGNED_IN) {
			return "**Who may:** anyone logged in.";
		}
		return "**Who may:** " + rule.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")) + ".";
	}

}
