package dk.pulje.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets PostgreSQL take a batch of inserts as a few statements of many rows each, instead
 * of one statement a row: an import of grant history adds hundreds of thousands of rows,
 * and the driver otherwise sends each as a statement of its own. A URL that names the
 * setting keeps what it says.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresBatches {

	static final String SETTING = "reWriteBatchedInserts";

	/**
	 * The URL with batches rewritten, when it names a PostgreSQL database; any other as
	 * it is.
	 */
	public static String batched(String url) {
		if (!url.startsWith("jdbc:postgresql:") || url.contains(SETTING + "=")) {
			return url;
		}
		return url + (url.contains("?") ? "&" : "?") + SETTING + "=true";
	}

	@Bean
	static BeanPostProcessor batchedPostgresUrl() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
					properties.setUrl(batched(properties.getUrl()));
				}
				return bean;
			}
		};
	}

}
