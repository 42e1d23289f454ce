package dk.pulje.accounts;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Writes a session's attributes so that two requests of one person at once cannot both
 * insert the same one. Right after signing in, a browser that opens several tabs sends
 * them together; each page puts the CSRF token in the session, and the second insert
 * failed with a duplicate key, and the page with it. Written as an upsert, the last one
 * wins, which is the same token.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeWrites {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted(
			DataSourceProperties properties) {
		String url = properties.getUrl();
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
	}

}
