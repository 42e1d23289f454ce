package dk.pulje.database;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts {@link ChangeNotingDataSource} under the connection pool, and gives the
 * application the {@link DataVersion} it raises. A node reads the number again at least
 * every {@code pulje.public-reads.recheck} (a second by default): that is how long a
 * change made on another node may take to show here.
 */
@Configuration(proxyBeanMethods = false)
class DataVersions {

	@Bean
	static ChangeNotingConnections changeNotingConnections() {
		return new ChangeNotingConnections();
	}

	@Bean
	DataVersion dataVersion(DataSource dataSource, ChangeNotingConnections connections,
			@Value("${pulje.public-reads.recheck:1s}") Duration recheck) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		DataVersion version = new DataVersion(new DataVersion.Stored() {
			@Override
			public long version() {
				return jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
			}

			@Override
			public Map<String, Long> changedAfter(long version) {
				Map<String, Long> changed = new HashMap<>();
				jdbc.sql("select name, version from table_change where version > :version")
					.param("version", version)
					.query(row -> {
						changed.put(row.getString(1), row.getLong(2));
					});
				return changed;
			}
		}, recheck);
		connections.onChange(version::changedHere);
		return version;
	}

	/** Gives each connection pool the noting connections, as it is made. */
	static final class ChangeNotingConnections implements BeanPostProcessor {

		private final List<ChangeNotingDataSource> noting = new CopyOnWriteArrayList<>();

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null) {
				ChangeNotingDataSource connections = new ChangeNotingDataSource(
						new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
								pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword()));
				pool.setDataSource(connections);
				this.noting.add(connections);
			}
			return bean;
		}

		void onChange(Runnable changed) {
			this.noting.forEach(connections -> connections.onChange(changed));
		}

	}

}
