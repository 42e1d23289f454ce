package dk.pulje.money;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Amounts are stored as whole øre in BIGINT columns, CVR numbers as their eight digits.
 */
public final class MoneyPersistence {

	private MoneyPersistence() {
	}

	/** The converters to register with Spring Data JDBC. */
	public static List<Converter<?, ?>> converters() {
		return List.of(new AmountToOre(), new OreToAmount(), new CvrToText(), new TextToCvr());
	}

	@WritingConverter
	static class AmountToOre implements Converter<Amount, Long> {

		@Override
		public Long convert(Amount source) {
			return source.ore();
		}

	}

	@ReadingConverter
	static class OreToAmount implements Converter<Long, Amount> {

		@Override
		public Amount convert(Long source) {
			return Amount.ofOre(source);
		}

	}

	@WritingConverter
	static class CvrToText implements Converter<Cvr, String> {

		@Override
		public String convert(Cvr source) {
			return source.value();
		}

	}

	@ReadingConverter
	static class TextToCvr implements Converter<String, Cvr> {

		@Override
		public Cvr convert(String source) {
			return new Cvr(source);
		}

	}

}
