package dk.pulje.casework;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.pulje.money.Amount;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Formats;

/**
 * Values typed into the caseworker's forms, read as the page's language writes them. A value that cannot be read
 * is named, with why, under its input; an empty one is simply absent unless it is required.
 */
@Component
class Typed {

	private final FieldMessages messages;

	private final Formats formats;

	Typed(FieldMessages messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
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
		if (blank(typed)) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(input, this.messages.text("validation.type", typed));
			return null;
		}
	}

	/** A time in Danish time from a datetime-local input; required. */
	LocalDateTime time(String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			errors.put(input, this.messages.text("validation.NotNull"));
			return null;
		}
		try {
			return LocalDateTime.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(input, this.messages.text("validation.value.LocalDateTime"));
			return null;
		}
	}

	String text(String key, Object... arguments) {
		return this.messages.text(key, arguments);
	}

}
