package dk.pulje.database;

import java.util.Map;
import java.util.Set;

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

	@Test
	void aChangeNamesTheTablesItWrites() {
		assertThat(ChangeNotingDataSource.writes("insert into pool (name) values (?)")).containsExactly("pool");
		assertThat(ChangeNotingDataSource.writes("  UPDATE \"POOL_CALL\" SET amount = ? WHERE id = ?"))
			.containsExactly("pool_call");
		assertThat(ChangeNotingDataSource.writes("update public.pool set name = ?")).containsExactly("pool");
		assertThat(ChangeNotingDataSource.writes("delete from payment where id = 1; delete from granted_project"))
			.containsExactlyInAnyOrder("payment", "granted_project");
		assertThat(ChangeNotingDataSource
			.writes("with gone as (delete from payment where id = ? returning id) select count(*) from gone"))
			.containsExactly("payment");
		assertThat(ChangeNotingDataSource.writes("insert into audit_entry (record_kind) values (?)"))
			.as("written, though no public read shows it alone")
			.containsExactly("audit_entry");
		assertThat(ChangeNotingDataSource.writes("select * from pool where id = ? for update")).isEmpty();
		assertThat(ChangeNotingDataSource
			.writes(TablesRead.onlyPart("audit_entry", "pool") + "insert into audit_entry (record_kind) values (?)"))
			.as("one kind's history")
			.containsExactly("audit_entry/pool");
	}

	@Test
	void whatWasMadeIsKeptUntilATableItReadChanges() {
		DataVersion.Seen seen = new DataVersion.Seen(12, Map.of("organisation", 12L, "pool", 9L));

		assertThat(seen.unchangedSince(10, Set.of("pool", "pool_call"))).isTrue();
		assertThat(seen.unchangedSince(10, Set.of("pool", "organisation"))).isFalse();
		assertThat(seen.unchangedSince(8, Set.of("pool"))).isFalse();
		assertThat(seen.unchangedSince(12, Set.of("organisation"))).as("made at this version").isTrue();
		DataVersion.Seen histories = new DataVersion.Seen(12,
				Map.of("audit_entry/organisation", 12L, "audit_entry/pool", 9L));
		assertThat(histories.unchangedSince(10, Set.of("pool", "audit_entry/pool")))
			.as("a pool's history, after an organisation's changed")
			.isTrue();
		assertThat(histories.unchangedSince(10, Set.of("audit_entry"))).as("every history").isFalse();
		assertThat(new DataVersion.Seen(12, Map.of("audit_entry", 12L)).unchangedSince(10, Set.of("audit_entry/pool")))
			.as("a history written without naming its kind")
			.isFalse();
		assertThat(new DataVersion.Seen(12, Map.of(ChangeNotingDataSource.EVERY_TABLE, 11L)).unchangedSince(10,
				Set.of("pool")))
			.as("a change whose tables could not be told")
			.isFalse();
	}

}
