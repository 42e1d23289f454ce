package dk.pulje;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

import dk.pulje.money.MoneyPersistence;

/**
 * How aggregates map to tables. Identifiers are not quoted: the migrations create
 * lower-case, unquoted names, which both PostgreSQL and H2 (with DATABASE_TO_LOWER) fold
 * the same way, so one mapping serves both databases.
 */
@Configuration(proxyBeanMethods = false)
class Persistence extends AbstractJdbcConfiguration {

	@Override
	protected List<?> userConverters() {
		return MoneyPersistence.converters();
	}

	@Override
	public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
			JdbcCustomConversions customConversions, RelationalManagedTypes jdbcManagedTypes) {
		JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
		context.setForceQuote(false);
		return context;
	}

}
