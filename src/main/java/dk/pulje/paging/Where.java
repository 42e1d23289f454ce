package dk.pulje.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WHERE clause assembled from a list's optional filters, with its named parameters.
 * Conditions are the list's own SQL; only values come from the client, always as
 * parameters.
 */
public final class Where {

	private final StringBuilder clause = new StringBuilder(" where 1 = 1");

	private final Map<String, Object> params = new LinkedHashMap<>();

	/** Adds the condition when the filter was given (a non-null, non-blank value). */
	public Where and(String condition, String name, Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			this.clause.append(" and ").append(condition);
			this.params.put(name, value);
		}
		return this;
	}

	/**
	 * A case-insensitive "contains" filter on a text column. The client's % and _ are
	 * searched for as written, not read as wildcards (backslash is the escape character
	 * of LIKE in both PostgreSQL and H2).
	 */
	public Where contains(String column, String name, String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String literal = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return and("lower(" + column + ") like :" + name, name, "%" + literal + "%");
	}

	public Map<String, Object> params() {
		return this.params;
	}

	@Override
	public String toString() {
		return this.clause.toString();
	}

}
