package dk.pulje.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title, summary and login of the OpenAPI document, so that Swagger UI can try every
 * call.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI puljeApi() {
		return new OpenAPI().info(new Info().title("Pulje API").version("v1").description("""
				Public-health funding pools: agreements, programmes, pools and their calls, applications, \
				decisions and granted projects. Amounts are strings of kroner with two decimals; call times \
				are Danish time; errors are RFC 9457 problem details in Danish or English (Accept-Language). \
				Reading public records needs no login; changes need the administrator (HTTP Basic)."""))
			.components(new Components().addSecuritySchemes("administrator",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("administrator"));
	}

}
