package dk.pulje.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Values typed into a page's form, read as the page's language writes them. A value that
 * cannot be read, is missing though required, or is longer than it may be, is named under
 * its input with why; an empty optional value is simply absent (null).
 */
@Component
public class FormValues {

	private final FieldMessages messages;

	private final Formats formats;

	FormValues(FieldMessages messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	@Contract("null -> true")
	public static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A form's posted rows: none when none were sent, and a row a browser skipped is no
	 * row.
	 */
	public static <T> List<T> rows(@Nullable List<T> posted) {
		return posted == null ? List.of() : posted.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * The rows with blank ones added until {@code wanted} of them are blank: room to add.
	 */
	public static <T> List<T> withBlankRows(List<T> rows, int wanted, Supplier<T> blank, Predicate<T> isBlank) {
		List<T> padded = new ArrayList<>(rows);
		for (long i = rows.stream().filter(isBlank).count(); i < wanted; i++) {
			padded.add(blank.get());
		}
		return padded;
	}

	/** A message in the page's language, for a problem a form finds itself. */
	public String message(String key, @Nullable Object... arguments) {
		return this.messages.text(key, arguments);
	}

	/**
	 * A value a request requires, as the form read it: null only when the field was empty
	 * or unreadable. The form has then named the field, or the request's validation names
	 * it, and nothing is saved, so the request may carry the null that far.
	 */
	@SuppressWarnings("NullAway")
	public static <T> T validatedLater(@Nullable T value) {
		return value;
	}

	/** Text as typed, stripped; null when empty. */
	public static @Nullable String orNull(@Nullable String typed) {
		return blank(typed) ? null : typed.strip();
	}

	/** Text as typed, stripped; null when empty; named when longer than max. */
	public @Nullable String text(@Nullable String typed, int max, String input, Map<String, String> errors) {
		String text = blank(typed) ? null : typed.strip();
		if (text != null && text.length() > max) {
			errors.put(input, this.messages.text("validation.Size", 0, max));
		}
		return text;
	}

	/** Text that must be given, stripped; named when empty or longer than max. */
	public @Nullable String required(@Nullable String typed, int max, String input, Map<String, String> errors) {
		if (blank(typed)) {
			errors.put(input, this.messages.text("validation.NotBlank"));
			return null;
		}
		return text(typed, max, input, errors);
	}

	/**
	 * A day from a date input (yyyy-mm-dd); named when required and empty, or unreadable.
	 */
	public @Nullable LocalDate date(@Nullable String typed, boolean required, String input,
			Map<String, String> errors) {
		if (blank(typed)) {
			if (required) {
				errors.put(input, this.messages.text("validation.NotNull"));
			}
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(typed.strip());
			if (DanishTime.isKeptYear(day.getYear())) {
				return day;
			}
		}
		catch (DateTimeParseException ex) {
			// named below
		}
		errors.put(input, this.messages.text("validation.value.LocalDate"));
		return null;
	}

	/**
	 * A Danish time from a datetime-local input, that the Danish clocks show; required.
	 */
	public @Nullable LocalDateTime time(@Nullable String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			errors.put(input, this.messages.text("validation.NotNull"));
			return null;
		}
		try {
			LocalDateTime time = LocalDateTime.parse(typed.strip());
			if (DanishTime.isKeptYear(time.getYear()) && DanishTime.exists(time)) {
				return time;
			}
		}
		catch (DateTimeParseException ex) {
			// named below
		}
		errors.put(input, this.messages.text("validation.value.LocalDateTime"));
		return null;
	}

	/**
	 * An amount in kroner as the page's language writes it ("1.076.000,50"); named when
	 * required and empty, or unreadable.
	 */
	public @Nullable Amount amount(@Nullable String typed, boolean required, String input, Map<String, String> errors) {
		if (blank(typed)) {
			if (required) {
				errors.put(input, this.messages.text("validation.NotNull"));
			}
			return null;
		}
		Optional<Amount> amount = this.formats.parse(typed);
		if (amount.isEmpty()) {
			errors.put(input, this.messages.text("validation.value.Amount.typed"));
		}
		return amount.orElse(null);
	}

	/**
	 * A whole number (a year, a count of months); null when empty, named when unreadable.
	 */
	public @Nullable Integer whole(@Nullable String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(input, this.messages.text("validation.type.whole"));
			return null;
		}
	}

	/**
	 * The id of a record chosen in a list (a programme); null when none is chosen, named
	 * when unreadable.
	 */
	public @Nullable Long id(@Nullable String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Long.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(input, this.messages.text("validation.type.whole"));
			return null;
		}
	}

	/**
	 * A whole number of at least 1 (a number of a part); named when required and empty,
	 * or unreadable.
	 */
	public @Nullable Integer number(@Nullable String typed, boolean required, String input,
			Map<String, String> errors) {
		if (blank(typed)) {
			if (required) {
				errors.put(input, this.messages.text("validation.NotNull"));
			}
			return null;
		}
		try {
			int number = Integer.parseInt(typed.strip());
			if (number < 1) {
				errors.put(input, this.messages.text("validation.Min", 1));
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.put(input, this.messages.text("validation.value.whole"));
			return null;
		}
	}

	/** A four-digit year, or null when empty. */
	public @Nullable Integer year(@Nullable String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			return null;
		}
		if (!typed.strip().matches("\\d{4}")) {
			errors.put(input, this.messages.text("validation.value.year"));
			return null;
		}
		return Integer.valueOf(typed.strip());
	}

	/** A number in the page's language ("1.076", "25,5"), or null when empty. */
	public @Nullable BigDecimal decimal(@Nullable String typed, String input, Map<String, String> errors) {
		if (blank(typed)) {
			return null;
		}
		Optional<BigDecimal> number = this.formats.parseNumber(typed);
		if (number.isEmpty()) {
			errors.put(input, this.messages.text("validation.value.number"));
		}
		return number.orElse(null);
	}

	/** A choice of a fixed list, or null when none is chosen; an unknown one is named. */
	public <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed, String input,
			Map<String, String> errors) {
		if (blank(typed)) {
			return null;
		}
		try {
			return Enum.valueOf(type, typed.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(input, this.messages.text(ParameterKinds.messageKey(type), ParameterKinds.choices(type)));
			return null;
		}
	}

	/**
	 * Saves what a form says and returns what was saved; or, when a rule refuses it, puts
	 * each problem at the input its field was typed in (as inputOf maps it), and when
	 * someone else changed the record meanwhile, one problem at the form's own key, which
	 * names the record ("pool": "pool.changed-meanwhile" says the pool was changed).
	 * Nothing is stored then.
	 */
	public <T> Optional<T> attempt(Supplier<T> save, Map<String, String> errors, UnaryOperator<String> inputOf,
			String formKey) {
		try {
			return Optional.of(save.get());
		}
		catch (RuleViolation refused) {
			refused.all().forEach(v -> errors.putIfAbsent(inputOf.apply(v.field()), this.messages.of(v)));
		}
		catch (StaleVersion | OptimisticLockingFailureException stale) {
			errors.put(formKey, this.messages.text(formKey + ".changed-meanwhile"));
		}
		return Optional.empty();
	}

}
