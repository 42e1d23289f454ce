package dk.pulje.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.pulje.database.KeptCounts;

/**
 * A WHERE clause assembled from a list's optional filters, with its named parameters.
 * Conditions are the list's own SQL; only values come from the client, always as
 * parameters.
 */
public final class Where {

	private final StringBuilder clause = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> params = new LinkedHashMap<>();

	/** Adds the condition when the filter was given (a non-null, non-blank value). */
	public Where and(String condition, String name, @Nullable Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			this.clause.append(" and ").append(condition);
			this.params.put(name, value);
		}
		return this;
	}

	/** Adds a condition that takes no parameter ("caseworker is null"). */
	public Where and(String condition) {
		this.clause.append(" and ").append(condition);
		return this;
	}

	/** A parameter the list's own SQL uses whatever the filters are (today's date). */
	public Where with(String name, Object value) {
		this.params.put(name, value);
		return this;
	}

	/**
	 * A case-insensitive "contains" filter on a text column. The client's % and _ are
	 * searched for as written, not read as wildcards (backslash is the escape character
	 * of LIKE in both PostgreSQL and H2).
	 */
	public Where contains(String column, String name, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String literal = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return and("lower(" + column + ") like :" + name, name, "%" + literal + "%");
	}

	public Map<String, Object> params() {
		return this.params;
	}

	/**
	 * One page of what a list query finds, with the count of all it finds: {@code count}
	 * and {@code select} are the query up to this clause ("select count(*) from pool").
	 */
	public <T> PageOf<T> page(JdbcClient jdbc, String count, String select, Paging paging, RowMapper<T> row) {
		long total = jdbc.sql(count + this).params(this.params).query(Long.class).single();
		return PageOf.of(rows(jdbc, select, paging, row), paging, total);
	}

	/**
	 * One page of what a list query finds, with the count of all it finds kept until what
	 * it counts changes.
	 */
	public <T> PageOf<T> page(JdbcClient jdbc, KeptCounts counts, String count, String select, Paging paging,
			RowMapper<T> row) {
		long total = counts.of(jdbc, count + this, this.params);
		return PageOf.of(rows(jdbc, select, paging, row), paging, total);
	}

	/** The rows of one page of what the query finds. */
	public <T> List<T> rows(JdbcClient jdbc, String select, Paging paging, RowMapper<T> row) {
		return jdbc.sql(select + this + paging.limitClause()).params(this.params).query(row).list();
	}

	@Override
	public String toString() {
		return this.clause.toString();
	}

}
