package dk.pulje.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CvrTests {

	@Test
	void acceptsANumberWhoseWeightedSumIsDivisibleByEleven() {
		// 2*2 + 9*7 + 1*6 + 9*5 + 0*4 + 6*3 + 2*2 + 3*1 = 143 = 13 * 11
		assertThat(Cvr.isValid("29190623")).isTrue();
		assertThat(Cvr.of("2919 0623").value()).isEqualTo("29190623");
	}

	@Test
	void refusesANumberOneDigitOff() {
		assertThat(Cvr.isValid("29190624")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Cvr("29190624"));
	}

	@Test
	void refusesWrongLengthsLettersAndALeadingZero() {
		assertThat(Cvr.isValid("2919062")).isFalse();
		assertThat(Cvr.isValid("2919062A")).isFalse();
		assertThat(Cvr.isValid("02919062")).isFalse();
	}

}
