package dk.pulje.money;

import java.math.BigDecimal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parsers of money and dates take any text a client sends and either read it exactly
 * or refuse it with IllegalArgumentException, which the API and the pages turn into a
 * named field; nothing else escapes. In the build each target replays its inputs under
 * src/test/resources and fuzzes for a bounded time; bench/fuzz runs each for ten million
 * inputs.
 */
class MoneyFuzzTests {

	@FuzzTest(maxDuration = "20s")
	void anAmountInJsonIsReadExactlyOrRefused(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		Amount amount;
		try {
			amount = Amount.fromJson(text);
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		assertThat(amount.isGreaterThan(Amount.LARGEST)).isFalse();
		assertThat(amount.kroner().compareTo(new BigDecimal(text.strip()))).isZero();
		assertThat(Amount.fromJson(amount.toString())).isEqualTo(amount);
	}

	@FuzzTest(maxDuration = "20s")
	void aTotalAsASourceWordsItIsReadOrRefused(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		StatedAmount stated;
		try {
			stated = StatedAmount.parseDanish(text);
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		assertThat(stated.amount().isNegative()).isFalse();
		assertThat(stated.amount().isGreaterThan(Amount.LARGEST)).isFalse();
		assertThat(stated.agreesWith(stated.amount())).isTrue();
		assertThat(stated.asWritten()).isEqualTo(text.trim());
	}

	@FuzzTest(maxDuration = "20s")
	void anAnnouncedDateIsReadAsDaysInOrderOrRefused(FuzzedDataProvider data) {
		Integer year = data.consumeBoolean() ? data.consumeInt(1900, 2199) : null;
		String text = data.consumeRemainingAsString();
		ApproximateDate date;
		try {
			date = ApproximateDate.parseDanish(text, year);
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
	}

}
