package dk.pulje.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.database.TablesRead;
import dk.pulje.money.DanishTime;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.rules.RecordNotFound;

/** Reads a record's history, newest first, with what changed in each entry. */
@Service
public class AuditHistory {

	/**
	 * The API's resource names and the kinds of record the history keeps them under (the
	 * aggregates' tables), and what a missing record is called in messages.
	 */
	static final Map<String, String> KINDS = Map.of("organisations", "organisation", "agreements", "agreement",
			"programmes", "programme", "appropriations", "appropriation", "pools", "pool", "calls", "pool_call",
			"applications", "application", "granted-projects", "granted_project", "accounts", "account", "action-plans",
			"action_plan");

	private static final Map<String, String> NAMES = Map.of("pool_call", "call", "granted_project", "granted-project",
			"action_plan", "action-plan");

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Pages of a history, newest entry first. */
	public static Paging newestFirst(Integer page, Integer size) {
		return Paging.of(page, size, "newest,desc", Map.of("newest", "id"), "newest");
	}

	@Transactional(readOnly = true)
	public PageOf<HistoryEntry> history(String resource, long id, Paging paging) {
		String kind = KINDS.get(resource);
		if (kind == null) {
			throw new RecordNotFound("resource", resource);
		}
		requireRecord(kind, id);
		String onlyKind = TablesRead.onlyPart("audit_entry", kind);
		long total = this.jdbc
			.sql(onlyKind + "select count(*) from audit_entry where record_kind = :kind and record_id = :id")
			.param("kind", kind)
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
		List<HistoryEntry> entries = this.jdbc
			.sql(onlyKind + "select * from audit_entry where record_kind = :kind and record_id = :id"
					+ paging.limitClause())
			.param("kind", kind)
			.param("id", String.valueOf(id))
			.query((rs, n) -> new HistoryEntry(rs.getLong("id"),
					DanishTime.shown(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("actor"),
					rs.getString("request_id"), rs.getString("action"),
					changes(rs.getString("before_state"), rs.getString("after_state"))))
			.list();
		return PageOf.of(entries, paging, total);
	}

	/**
	 * The kind is one of the fixed table names above, never client text; a record that
	 * never existed is not found, while one that was never changed has an empty history.
	 */
	private void requireRecord(String kind, long id) {
		boolean exists = this.jdbc.sql("select count(*) from " + kind + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new RecordNotFound(NAMES.getOrDefault(kind, kind), id);
		}
	}

	private List<HistoryEntry.Change> changes(String beforeJson, String afterJson) {
		JsonNode before = beforeJson == null ? null : this.json.readTree(beforeJson);
		JsonNode after = afterJson == null ? null : this.json.readTree(afterJson);
		Set<String> fields = new LinkedHashSet<>();
		if (before != null) {
			fields.addAll(before.propertyNames());
		}
		if (after != null) {
			fields.addAll(after.propertyNames());
		}
		List<HistoryEntry.Change> changes = new ArrayList<>();
		for (String field : fields) {
			JsonNode was = before == null ? null : before.get(field);
			JsonNode is = after == null ? null : after.get(field);
			if (!Objects.equals(was, is)) {
				changes.add(new HistoryEntry.Change(field, was, is));
			}
		}
		return changes;
	}

}
