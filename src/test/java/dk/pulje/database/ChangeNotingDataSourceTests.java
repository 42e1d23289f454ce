package dk.pulje.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which statements raise the data version: every write to what the public may read, and
 * nothing that only reads, or only writes sessions, tokens, accounts, the history or the
 * health check.
 */
class ChangeNotingDataSourceTests {

	@Test
	void writesToRecordsThePublicReadsAreChanges() {
		assertThat(ChangeNotingDataSource.changes("insert into pool (name) values (?)")).isTrue();
		assertThat(ChangeNotingDataSource.changes("  UPDATE \"POOL_CALL\" SET amount = ? WHERE id = ?")).isTrue();
		assertThat(ChangeNotingDataSource.changes("delete from application_budget_line where application_id = ?"))
			.isTrue();
		assertThat(ChangeNotingDataSource.changes("merge into granted_project_year key (id) values (?, ?)")).isTrue();
		assertThat(ChangeNotingDataSource.changes("update public.pool set name = ?")).isTrue();
		assertThat(ChangeNotingDataSource.changes("-- made by the import\ninsert into granted_project values (?)"))
			.isTrue();
		assertThat(ChangeNotingDataSource
			.changes("with gone as (delete from payment where id = ? returning id) select count(*) from gone"))
			.isTrue();
	}

	@Test
	void readsAndBookkeepingAreNot() {
		assertThat(ChangeNotingDataSource.changes("select * from pool where id = ? for update")).isFalse();
		assertThat(ChangeNotingDataSource.changes("with open as (select * from pool_call) select * from open"))
			.isFalse();
		assertThat(ChangeNotingDataSource.changes("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?")).isFalse();
		assertThat(ChangeNotingDataSource.changes("insert into spring_session_attributes values (?, ?, ?)")).isFalse();
		assertThat(ChangeNotingDataSource.changes("update access_token set last_used_at = ? where token_digest = ?"))
			.isFalse();
		assertThat(ChangeNotingDataSource.changes("update account set failed_logins = 0 where username = ?")).isFalse();
		assertThat(ChangeNotingDataSource.changes("insert into audit_entry (record_kind) values (?)")).isFalse();
		assertThat(ChangeNotingDataSource.changes("update database_liveness set checked_at = ?")).isFalse();
		assertThat(ChangeNotingDataSource.changes(ChangeNotingDataSource.RAISE)).isFalse();
	}

}
