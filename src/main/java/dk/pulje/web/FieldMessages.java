package dk.pulje.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import dk.pulje.money.Amount;
import dk.pulje.rules.RuleViolation;

/**
 * What is wrong with a field, in the words of the page's or request's language: the API's
 * problem details and the forms of the pages say it the same way.
 */
@Component
public class FieldMessages {

	private final MessageSource messages;

	private final Formats formats;

	FieldMessages(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * A field that failed a check of its form ("must be filled in", "at most 300
	 * characters").
	 */
	public String of(FieldError error) {
		return text("validation." + error.getCode(), constraintArguments(error));
	}

	/**
	 * A rule of the domain that a change broke, with its values as the language writes
	 * them: a choice in words ("kommuner", not MUNICIPALITY), a day and a time as the
	 * pages show them ("8. juni 2018 kl. 12.00").
	 */
	public String of(RuleViolation violation) {
		Object[] arguments = violation.arguments();
		Object[] worded = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			worded[i] = worded(arguments[i]);
		}
		// An amount's text ends with "kr." and a sentence that ends with the amount must
		// not add a second full stop.
		return text("rule." + violation.rule(), worded).replace("kr..", "kr.");
	}

	private @Nullable Object worded(@Nullable Object argument) {
		if (argument instanceof Enum<?> choice) {
			String name = choice.name();
			String specific = "enum." + choice.getDeclaringClass().getSimpleName() + "." + name;
			String organisationType = "type." + name;
			return lookup(this.messages, specific, null, lookup(this.messages, organisationType, null, name));
		}
		if (argument instanceof LocalDate day) {
			return this.formats.date(day);
		}
		if (argument instanceof Amount amount) {
			return this.formats.money(amount);
		}
		if (argument instanceof OffsetDateTime time) {
			return this.formats.dateTime(time);
		}
		return argument;
	}

	private static final Pattern ROW = Pattern.compile("([a-zA-Z]+)-(\\d+)(?:-([a-zA-Z]+))?");

	/**
	 * The name of the field an input id stands for, as an error summary names it:
	 * "Titel", "Beløb, linje 2", "2019". Empty when the message files have no name for
	 * it.
	 */
	public String label(String inputId) {
		Matcher row = ROW.matcher(inputId);
		if (row.matches()) {
			String list = row.group(1);
			long number = Long.parseLong(row.group(2));
			String part = row.group(3) == null ? ".x" : "." + row.group(3);
			return lookup(this.messages, "field." + list + part,
					new Object[] { list.equals("granted") ? String.valueOf(number) : String.valueOf(number + 1) }, "");
		}
		return lookup(this.messages, "field." + inputId, null, "");
	}

	/** Any text of the message files, in the current language. */
	public String text(String key, @Nullable Object... arguments) {
		return lookup(this.messages, key, arguments, key);
	}

	/**
	 * The text for the key in the current language, or the fallback when the message
	 * files have none.
	 */
	static String lookup(MessageSource messages, String key, @Nullable Object @Nullable [] arguments,
			@Nullable String fallback) {
		return Objects.requireNonNullElse(
				messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale()), fallback);
	}

	/**
	 * The constraint's limits (min, max, value) in the order the message files use them.
	 */
	private static Object[] constraintArguments(FieldError error) {
		Object[] args = error.getArguments();
		if (args == null || args.length <= 1) {
			return new Object[0];
		}
		Object[] limits = new Object[args.length - 1];
		System.arraycopy(args, 1, limits, 0, limits.length);
		// Bean Validation passes attributes in alphabetical order (max before min); the
		// texts read min, max.
		if (limits.length == 2 && "Size".equals(error.getCode())) {
			return new Object[] { limits[1], limits[0] };
		}
		return limits;
	}

}
