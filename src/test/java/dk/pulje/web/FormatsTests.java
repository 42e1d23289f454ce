package dk.pulje.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money, dates and time left as Danish and English pages write them, and amounts as
 * people type them.
 */
class FormatsTests {

	private final Formats formats = new Formats();

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void danishPagesWriteMoneyAndDatesTheDanishWay() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));

		assertThat(this.formats.money(Amount.ofMillions("50.8"))).isEqualTo("50,8 mio. kr.");
		assertThat(this.formats.money(Amount.ofMillions("6500"))).isEqualTo("6,5 mia. kr.");
		assertThat(this.formats.kroner(Amount.ofKroner(1_250_000))).isEqualTo("1.250.000 kr.");
		assertThat(this.formats.kroner(Amount.ofOre(125_000_050))).isEqualTo("1.250.000,50 kr.");
		assertThat(this.formats.date(LocalDate.of(2018, 6, 8))).isEqualTo("8. juni 2018");
		assertThat(this.formats.input(Amount.ofOre(125_000_050))).isEqualTo("1250000,50");
	}

	@Test
	void englishPagesWriteMoneyAndDatesTheEnglishWay() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.formats.money(Amount.ofMillions("50.8"))).isEqualTo("DKK 50.8 million");
		assertThat(this.formats.money(Amount.ofMillions("6500"))).isEqualTo("DKK 6.5 billion");
		assertThat(this.formats.kroner(Amount.ofKroner(1_250_000))).isEqualTo("DKK 1,250,000");
		assertThat(this.formats.date(LocalDate.of(2018, 6, 8))).isEqualTo("8 June 2018");
		assertThat(this.formats.dateTime(DanishTime.at(LocalDateTime.of(2017, 12, 11, 23, 59))))
			.isEqualTo("11 December 2017, 23:59");
	}

	@Test
	void amountsAreReadAsTheLanguageTypesThem() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
		assertThat(this.formats.parse("1.250.000")).contains(Amount.ofKroner(1_250_000));
		assertThat(this.formats.parse("1250000,5")).contains(Amount.ofOre(125_000_050));
		assertThat(this.formats.parse(" 1 250 000 kr. ")).contains(Amount.ofKroner(1_250_000));
		assertThat(this.formats.parse("1,250,000")).isEmpty();
		assertThat(this.formats.parse("12,345")).isEmpty();
		assertThat(this.formats.parse("en million")).isEmpty();

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.parse("1,250,000.50")).contains(Amount.ofOre(125_000_050));
		assertThat(this.formats.parse("1.250.000")).isEmpty();
	}

	@Test
	void timeLeftIsCountedInDaysThenHoursThenMinutesAndNothingOnceTheDeadlineHasPassed() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
		OffsetDateTime now = DanishTime.at(LocalDateTime.of(2018, 6, 1, 12, 0));

		assertThat(this.formats.timeLeft(now.plusDays(7).plusHours(3), now)).isEqualTo("7 dage tilbage");
		assertThat(this.formats.timeLeft(now.plusHours(5), now)).isEqualTo("5 timer tilbage");
		assertThat(this.formats.timeLeft(now.plusMinutes(42), now)).isEqualTo("42 minutter tilbage");
		assertThat(this.formats.timeLeft(now.minusSeconds(1), now)).isEmpty();
	}

	@Test
	void indicatorValuesAreReadAndShownAsTheLanguageWritesThem() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
		assertThat(this.formats.parseNumber("1.076")).contains(new BigDecimal("1076"));
		assertThat(this.formats.parseNumber("25,5")).contains(new BigDecimal("25.5"));
		assertThat(this.formats.parseNumber("ca. 25")).isEmpty();
		assertThat(this.formats.inputNumber(new BigDecimal("25.50"))).isEqualTo("25,5");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.parseNumber("1,076")).contains(new BigDecimal("1076"));
		assertThat(this.formats.parseNumber("25.5")).contains(new BigDecimal("25.5"));
		assertThat(this.formats.inputNumber(new BigDecimal("1076"))).isEqualTo("1076");
	}

}
