package dk.pulje.paging;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.rules.RuleViolation;

/**
 * Which page of a list, how large, and in what order. The order is one of the columns a
 * list declares sortable, so no client text ever reaches SQL; ties are broken by id so
 * that pages never overlap.
 *
 * @param orderBy an SQL ORDER BY clause built from a declared column, safe to append to a
 * query
 */
public record Paging(int page, int size, String orderBy) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	/**
	 * Reads the client's request.
	 * @param sort "field" or "field,asc" or "field,desc", where field is a key of
	 * {@code sortable}
	 * @param sortable the API's field names mapped to the SQL expressions they sort by
	 * @param defaultSort the field used when the client names none
	 */
	public static Paging of(@Nullable Integer page, @Nullable Integer size, @Nullable String sort,
			Map<String, String> sortable, String defaultSort) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 0) {
			throw new RuleViolation("page-negative", "page", p);
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new RuleViolation("page-size-out-of-range", "size", s, MAX_SIZE);
		}
		String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",");
		String field = parts.length == 0 ? "" : parts[0].trim();
		String column = sortable.get(field);
		if (column == null) {
			throw new RuleViolation("sort-unknown", "sort", field, String.join(", ", sortable.keySet()));
		}
		String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
		if (!direction.equals("asc") && !direction.equals("desc")) {
			throw new RuleViolation("sort-direction-unknown", "sort", direction);
		}
		return new Paging(p, s, column + " " + direction + ", id " + direction);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** The LIMIT and OFFSET clause, in the form both H2 and PostgreSQL read. */
	public String limitClause() {
		return " order by " + this.orderBy + " limit " + this.size + " offset " + offset();
	}

}
