package dk.pulje.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The kind of value a parameter or a JSON field is read as, named the way the messages
 * name it, so that a refusal says what the value should be: text, a whole number, one of
 * a list of choices, a date.
 */
final class ParameterKinds {

	private ParameterKinds() {
	}

	/** The message key that says what a value of this type should be. */
	static String messageKey(@Nullable Class<?> type) {
		if (type == null) {
			return "validation.type";
		}
		if (type.isEnum()) {
			return "validation.type.choice";
		}
		return "validation.type." + kindOf(type);
	}

	/**
	 * The choices of an enumerated type, as the message lists them; nothing for other
	 * types.
	 */
	static Object[] choices(@Nullable Class<?> type) {
		if (type == null || !type.isEnum()) {
			return new Object[0];
		}
		return new Object[] {
				Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) };
	}

	static String kindOf(Class<?> type) {
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class
				|| type == Short.class || type == short.class) {
			return "whole";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return type.getSimpleName();
	}

}
