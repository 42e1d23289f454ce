package dk.pulje.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.Nulls;

import dk.pulje.money.DanishTime;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
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

/**
 * How the API reads JSON: strictly. A value of the wrong kind is refused with its field named, never guessed at:
 * <ul>
 * <li>a number where text is expected (money is a string of kroner; {@code 0.1} as a JSON number is refused);</li>
 * <li>a fraction where a whole number is expected ({@code "callId": 1.5} does not reach call 1);</li>
 * <li>a number where a choice is expected ({@code "role": 0} is not the first role);</li>
 * <li>a number where a date is expected ({@code 20210101} is not a day 20 million days after 1970);</li>
 * <li>{@code null} inside a list or as a value of a map ({@code [null]}, {@code {"2027": null}});</li>
 * <li>text with control characters (a NUL cannot be stored, and shows as nothing);</li>
 * <li>dates outside the years 1900 to 2199, and Danish wall-clock times that do not exist because the clocks skip
 * them when summer time begins.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		// A yes-or-no left out is no ("internal", "approximate"): it is the form's unticked box.
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
			.addModule(new SimpleModule("pulje-strict-input").addDeserializer(String.class, new Text())
				.addDeserializer(LocalDate.class, new Day())
				.addDeserializer(LocalDateTime.class, new WallClockTime()));
	}

	/** Whether text holds a character no record should keep: C0 control characters other than tab and line breaks. */
	static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

	/** Text as the standard reader reads it, refused when it holds control characters. */
	static final class Text extends StdScalarDeserializer<String> {

		Text() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && hasControlCharacters(text)) {
				throw InvalidFormatException.from(parser, "text with a control character", text, String.class);
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

	/** A day as the standard reader reads it, within the years a grant can concern. */
	static final class Day extends StdScalarDeserializer<LocalDate> {

		Day() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			LocalDate day = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			if (day != null && !DanishTime.isKeptYear(day.getYear())) {
				throw InvalidFormatException.from(parser, "a day outside the years Pulje keeps", day, LocalDate.class);
			}
			return day;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.DateTime;
		}

	}

	/** A Danish wall-clock time, within the years a grant can concern, that the clocks in Denmark do show. */
	static final class WallClockTime extends StdScalarDeserializer<LocalDateTime> {

		WallClockTime() {
			super(LocalDateTime.class);
		}

		@Override
		public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
			LocalDateTime time = LocalDateTimeDeserializer.INSTANCE.deserialize(parser, context);
			if (time != null && (!DanishTime.isKeptYear(time.getYear()) || !DanishTime.exists(time))) {
				throw InvalidFormatException.from(parser, "not a Danish wall-clock time", time, LocalDateTime.class);
			}
			return time;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.DateTime;
		}

	}

}
