package dk.pulje.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL itself refuses to change or delete what the audit history recorded, whoever
 * asks: even a connection with the application's full rights. Runs in the PostgreSQL run
 * only, where the refusal lives.
 */
@IntegrationTest
@Tag("postgresql")
class AppendOnlyHistoryTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long entry;

	@BeforeEach
	void recordSomething() {
		new Fixtures(Api.asAdministrator(this.port)).pool();
		this.entry = this.jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
	}

	@Test
	void refusesToChangeAnEntry() {
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'someone else' where id = :id")
			.param("id", this.entry)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(this.jdbc.sql("select actor from audit_entry where id = :id")
			.param("id", this.entry)
			.query(String.class)
			.single()).isEqualTo("admin");
	}

	@Test
	void refusesToDeleteAnEntry() {
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from audit_entry where id = :id").param("id", this.entry).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where id = :id")
			.param("id", this.entry)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
