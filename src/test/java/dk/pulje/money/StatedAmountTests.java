package dk.pulje.money;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatedAmountTests {

	@Test
	void readsAmountsAsDanishDocumentsWriteThem() {
		assertThat(StatedAmount.parseDanish("470 mio. kr.").amount()).isEqualTo(Amount.ofMillions("470"));
		assertThat(StatedAmount.parseDanish("50,8 mio.").amount()).isEqualTo(Amount.ofMillions("50.8"));
		assertThat(StatedAmount.parseDanish("1,2 mia. kr.").amount()).isEqualTo(Amount.ofMillions("1200"));
		assertThat(StatedAmount.parseDanish("cirka 1,5 mia. kr.").amount()).isEqualTo(Amount.ofMillions("1500"));
		assertThat(StatedAmount.parseDanish("4.500 kr.").amount()).isEqualTo(Amount.ofKroner(4500));
	}

	@Test
	void keepsTheWordsAndThePrecisionTheyWereWrittenWith() {
		StatedAmount stated = StatedAmount.parseDanish("4,2 mio. kr.");

		assertThat(stated.asWritten()).isEqualTo("4,2 mio. kr.");
		assertThat(stated.precision()).isEqualTo(Amount.ofMillions("0.1"));
	}

	@Test
	void refusesWordsThatAreNoAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatedAmount.parseDanish("en del penge"));
	}

	@Test
	void aTotalWrittenToOneDecimalAgreesWithPartsThatRoundToIt() {
		// Seed 004: "1,2 mia. kr. (320 mio. kr. i 2016 og 300 mio. kr. hvert år resten af
		// perioden)" sums to 1,22 mia.
		YearlyAmounts parts = YearlyAmounts.of(Map.of(2016, Amount.ofMillions("320"), 2017, Amount.ofMillions("300"),
				2018, Amount.ofMillions("300"), 2019, Amount.ofMillions("300")));

		assertThat(TotalCheck.disagreement("statedTotal", StatedAmount.parseDanish("1,2 mia. kr."), parts)).isEmpty();
	}

	@Test
	void aTotalThePartsDoNotAddUpToIsFlaggedAndNeitherFigureIsChanged() {
		// Seed 004: "4,2 mio. kr. (4,2 mio. kr. i 2016, 4,3 mio. kr. i 2017 og 0,5 mio.
		// kr. i 2018)" sums to 9,0.
		YearlyAmounts parts = YearlyAmounts
			.of(Map.of(2016, Amount.ofMillions("4.2"), 2017, Amount.ofMillions("4.3"), 2018, Amount.ofMillions("0.5")));
		StatedAmount stated = StatedAmount.parseDanish("4,2 mio. kr.");

		TotalCheck check = TotalCheck.disagreement("statedTotal", stated, parts).orElseThrow();

		assertThat(check.stated().amount()).isEqualTo(Amount.ofMillions("4.2"));
		assertThat(check.computed()).isEqualTo(Amount.ofMillions("9"));
		assertThat(check.difference()).isEqualTo(Amount.ofMillions("4.8"));
	}

	@Test
	void anExactTotalDisagreesWithPartsOneOreOff() {
		YearlyAmounts parts = YearlyAmounts.of(Map.of(2018, Amount.ofOre(100_01)));

		assertThat(TotalCheck.disagreement("statedTotal", StatedAmount.exact(Amount.ofKroner(100)), parts)).isPresent();
	}

	@Test
	void aRequestMayGiveTheTotalAsWordsOrAsAnAmountButNotBoth() {
		assertThat(StatedAmount.fromRequest(null, null)).isNull();
		assertThat(StatedAmount.fromRequest(null, "10,5 mio.").amount()).isEqualTo(Amount.ofMillions("10.5"));
		assertThatThrownBy(() -> StatedAmount.fromRequest(Amount.ofKroner(1), "10,5 mio."))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.rule()).isEqualTo("stated-total-twice"));
		assertThatThrownBy(() -> StatedAmount.fromRequest(null, "mange penge")).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("statedTotalAsWritten"));
	}

}
