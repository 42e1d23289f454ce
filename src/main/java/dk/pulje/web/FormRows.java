package dk.pulje.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.pulje.rules.RuleViolation;

/**
 * The rows a form record can be posted with. A form's rows are numbered from 0, and the
 * binder grows a list of rows to at most {@code limit}; a row beyond that
 * ("areas[100000]") is no row of any form, and is refused by name before the form is
 * bound.
 */
final class FormRows {

	private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

	private FormRows() {
	}

	/**
	 * Refuses the first posted row of one of the form's lists that lies beyond the limit.
	 * @throws RuleViolation naming that row
	 */
	static void requireWithin(Class<?> form, Iterator<String> posted, int limit) {
		while (posted.hasNext()) {
			String name = posted.next();
			if (beyond(form, name, 0, limit)) {
				throw new RuleViolation("form-row-beyond", name, limit);
			}
		}
	}

	/**
	 * Whether the name, read from {@code at} as a path into the record, numbers a list
	 * row beyond the limit.
	 */
	private static boolean beyond(@Nullable Class<?> record, String name, int at, int limit) {
		if (record == null || !record.isRecord()) {
			return false;
		}
		for (RecordComponent component : record.getRecordComponents()) {
			String path = component.getName() + "[";
			if (!name.startsWith(path, at) || !List.class.isAssignableFrom(component.getType())) {
				continue;
			}
			Matcher row = ROW.matcher(name).region(at + component.getName().length(), name.length());
			if (!row.lookingAt()) {
				return false;
			}
			if (row.group(1).length() > 9 || Integer.parseInt(row.group(1)) >= limit) {
				return true;
			}
			int next = row.end() + 1;
			return next < name.length() && beyond(elementOf(component), name, next, limit);
		}
		return false;
	}

	private static @Nullable Class<?> elementOf(RecordComponent list) {
		if (list.getGenericType() instanceof ParameterizedType type
				&& type.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

}
