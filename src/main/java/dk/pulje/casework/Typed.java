package dk.pulje.casework;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.pulje.money.Amount;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;

/**
 * Values typed into the caseworker's forms, read as the page's language writes them. A
 * value that cannot be read is named, with why, under its input; an empty one is simply
 * absent unless it is required.
 */
@Component
class Typed {

	private final FieldMessages messages;

	private final Formats formats;

	private final FormValues values;

	Typed(FieldMessages messages, Formats formats, FormValues values) {
		this.messages = messages;
		this.formats = formats;
		this.values = values;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String orNull(String text) {
		return blank(text) ? null : text.strip();
	}

	/** An amount in kroner; absent when empty, named when unreadable. */
	Optional<Amount> amount(String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			return Optional.empty();
		}
		Optional<Amount> amount = this.formats.parse(typed);
		if (amount.isEmpty()) {
			errors.put(input, this.messages.text("validation.value.Amount.typed"));
		}
		return amount;
	}

	/** A whole number (a year, a count of months); null when empty or unreadable. */
	Integer whole(String typed, String input, Map<String, String> errors) {
		return this.values.whole(typed, input, errors);
	}

	/** A time in Danish time from a datetime-local input; required. */
	LocalDateTime time(String typed, String input, Map<String, String> errors) {
		return this.values.time(typed, input, errors);
	}

	/**
	 * A choice of a fixed list; null when none is chosen, named when it is not one of the
	 * list.
	 */
	<E extends Enum<E>> E choice(Class<E> type, String typed, String input, Map<String, String> errors) {
		return this.values.choice(type, typed, input, errors);
	}

	String text(String key, Object... arguments) {
		return this.messages.text(key, arguments);
	}

}
