package dk.pulje.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AmountTests {

	@Test
	void keepsKronerExactToTheOre() {
		Amount amount = Amount.ofKroner(new BigDecimal("50800000.01"));

		assertThat(amount.ore()).isEqualTo(5_080_000_001L);
		assertThat(amount.kroner()).isEqualByComparingTo("50800000.01");
	}

	@Test
	void refusesFractionsOfAnOreRatherThanRoundingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofKroner(new BigDecimal("0.001")));
	}

	@Test
	void whatIsLeftAfterGrantingIsExact() {
		Amount offered = Amount.ofMillions("200");
		Amount granted = Amount.ofMillions("149.2");

		assertThat(offered.minus(granted)).isEqualTo(Amount.ofMillions("50.8"));
	}

	@Test
	void showsMillionsAndBillionsTheDanishWay() {
		assertThat(Amount.ofMillions("50.8").toDanishText()).isEqualTo("50,8 mio. kr.");
		assertThat(Amount.ofMillions("470").toDanishText()).isEqualTo("470 mio. kr.");
		assertThat(Amount.ofMillions("6500").toDanishText()).isEqualTo("6,5 mia. kr.");
		assertThat(Amount.ofMillions("1220").toDanishText()).isEqualTo("1.220 mio. kr.");
	}

	@Test
	void showsOddAmountsExactlyWithDanishSeparators() {
		assertThat(Amount.ofKroner(new BigDecimal("1234567.89")).toDanishText()).isEqualTo("1.234.567,89 kr.");
		assertThat(Amount.ofKroner(4500).toDanishText()).isEqualTo("4.500 kr.");
	}

	@Test
	void roundsHalfUpToAUnit() {
		Amount unit = Amount.ofMillions("0.1");

		assertThat(Amount.ofMillions("4.25").roundedTo(unit)).isEqualTo(Amount.ofMillions("4.3"));
		assertThat(Amount.ofMillions("4.24").roundedTo(unit)).isEqualTo(Amount.ofMillions("4.2"));
	}

}
