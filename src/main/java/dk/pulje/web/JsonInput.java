package dk.pulje.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import dk.pulje.money.DanishTime;

/**
 * How the API reads JSON: strictly. A value of the wrong kind is refused with its field
 * named, never guessed at:
 * <ul>
 * <li>a number where text is expected (money is a string of kroner; {@code 0.1} as a JSON
 * number is refused);</li>
 * <li>a fraction where a whole number is expected ({@code "callId": 1.5} does not reach
 * call 1);</li>
 * <li>a number where a choice is expected ({@code "role": 0} is not the first role);</li>
 * <li>a number where a date is expected ({@code 20210101} is not a day 20 million days
 * after 1970);</li>
 * <li>{@code null} inside a list or as a value of a map ({@code [null]}, {@code {"2027":
 * null}});</li>
 * <li>text with control characters (a NUL cannot be stored, and shows as nothing);</li>
 * <li>dates outside the years 1900 to 2199, and Danish wall-clock times that do not exist
 * because the clocks skip them when summer time begins.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		// A yes-or-no left out is no ("internal", "approximate"): it is the form's
		// unticked box.
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.addModule(new SimpleModule("pulje-strict-input")
				.addDeserializer(String.class,
						new Checked<>(String.class, StringDeserializer.instance, text -> !hasControlCharacters(text),
								LogicalType.Textual))
				.addDeserializer(LocalDate.class,
						new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
								day -> DanishTime.isKeptYear(day.getYear()), LogicalType.DateTime))
				.addDeserializer(LocalDateTime.class,
						new Checked<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE,
								time -> DanishTime.isKeptYear(time.getYear()) && DanishTime.exists(time),
								LogicalType.DateTime)));
	}

	/**
	 * Whether text holds a character no record should keep: C0 control characters other
	 * than tab and line breaks.
	 */
	static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A value as the standard reader reads it, refused with the value's type named (and
	 * so the field's message) when it is not acceptable.
	 */
	static final class Checked<T> extends StdScalarDeserializer<T> {

		private final ValueDeserializer<T> reader;

		private final Predicate<T> acceptable;

		private final LogicalType kind;

		Checked(Class<T> type, ValueDeserializer<T> reader, Predicate<T> acceptable, LogicalType kind) {
			super(type);
			this.reader = reader;
			this.acceptable = acceptable;
			this.kind = kind;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			T value = this.reader.deserialize(parser, context);
			if (value != null && !this.acceptable.test(value)) {
				throw InvalidFormatException.from(parser, "not an acceptable " + handledType().getSimpleName(), value,
						handledType());
			}
			return value;
		}

		@Override
		public LogicalType logicalType() {
			return this.kind;
		}

	}

}
