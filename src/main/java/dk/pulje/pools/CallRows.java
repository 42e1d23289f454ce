package dk.pulje.pools;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import dk.pulje.money.Amount;

/**
 * Calls read from their rows in one statement, to be shown. A caseworker's list of calls
 * shows fifty at a time; mapped by the repository, those fifty took three quarters of the
 * time the list spent reading at 150 000 calls, and a call's own page read its call that
 * way twice. The columns are the entity's own, and {@code CallRowsTests} holds what is
 * read here equal to what the repository reads.
 */
final class CallRows {

	private static final String SELECT = """
			select id, version, pool_id, kind, reposted_from_id, title, amount, opens_at, deadline, granted,
			       decisions, allocated_at, demo, earmark
			from pool_call""";

	private CallRows() {
	}

	/** The calls with these ids, by id; an id without a call is left out. */
	static Map<Long, Call> byId(JdbcClient jdbc, Collection<Long> ids) {
		Map<Long, Call> calls = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(CallRows::call).list().forEach(call -> {
				calls.put(call.id(), call);
			});
		}
		return calls;
	}

	private static Call call(ResultSet rs, int row) throws SQLException {
		return Call.stored(rs.getLong("id"), rs.getLong("version"), rs.getLong("pool_id"),
				CallKind.valueOf(rs.getString("kind")), rs.getObject("reposted_from_id", Long.class),
				rs.getString("title"), Amount.ofOre(rs.getLong("amount")), time(rs, "opens_at"), time(rs, "deadline"),
				Amount.ofOre(rs.getLong("granted")), rs.getInt("decisions"),
				rs.getObject("allocated_at", OffsetDateTime.class), rs.getBoolean("demo"),
				rs.getObject("earmark", Integer.class));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		if (time == null) {
			throw new SQLException(column + " is null in pool_call");
		}
		return time;
	}

}
