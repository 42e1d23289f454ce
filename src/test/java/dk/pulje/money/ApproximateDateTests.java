package dk.pulje.money;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApproximateDateTests {

	@Test
	void aMonthMeansAnyOfItsDays() {
		ApproximateDate date = ApproximateDate.parseDanish("oktober 2018");

		assertThat(date.asWritten()).isEqualTo("oktober 2018");
		assertThat(date.earliest()).isEqualTo(LocalDate.of(2018, 10, 1));
		assertThat(date.latest()).isEqualTo(LocalDate.of(2018, 10, 31));
	}

	@Test
	void endOfOneYearOrStartOfTheNextSpansBoth() {
		ApproximateDate date = ApproximateDate.parseDanish("ultimo 2018 eller primo 2019");

		assertThat(date.earliest()).isEqualTo(LocalDate.of(2018, 10, 1));
		assertThat(date.latest()).isEqualTo(LocalDate.of(2019, 3, 31));
		assertThat(date.asWritten()).isEqualTo("ultimo 2018 eller primo 2019");
	}

	@Test
	void autumnIsSeptemberToNovember() {
		ApproximateDate date = ApproximateDate.parseDanish("efteråret 2018");

		assertThat(date.earliest()).isEqualTo(LocalDate.of(2018, 9, 1));
		assertThat(date.latest()).isEqualTo(LocalDate.of(2018, 11, 30));
	}

	@Test
	void wordsWithoutAYearAreReadInTheYearOfTheAnnouncement() {
		ApproximateDate date = ApproximateDate.parseDanish("i løbet af efteråret", 2018);

		assertThat(date.earliest()).isEqualTo(LocalDate.of(2018, 9, 1));
		assertThat(date.latest()).isEqualTo(LocalDate.of(2018, 11, 30));
	}

	@Test
	void wordsWithoutAYearAndNoContextAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApproximateDate.parseDanish("i løbet af efteråret"));
	}

	@Test
	void aDayIsExact() {
		ApproximateDate date = ApproximateDate.parseDanish("26. juni 2018");

		assertThat(date.isExact()).isTrue();
		assertThat(date.earliest()).isEqualTo(LocalDate.of(2018, 6, 26));
	}

	@Test
	void partsOfAMonthAndQuarters() {
		assertThat(ApproximateDate.parseDanish("ultimo oktober 2018").earliest()).isEqualTo(LocalDate.of(2018, 10, 21));
		assertThat(ApproximateDate.parseDanish("2. kvartal 2019").latest()).isEqualTo(LocalDate.of(2019, 6, 30));
	}

	@Test
	void wordsThatAreNoDateAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApproximateDate.parseDanish("snart"));
	}

	@Test
	void wordsLongerThanAnyAnnouncementWordsADateAreRefused() {
		String manyMonths = "oktober 2018 eller ".repeat(11) + "november 2018";
		assertThat(manyMonths).hasSizeGreaterThan(ApproximateDate.LONGEST);
		assertThatIllegalArgumentException().isThrownBy(() -> ApproximateDate.parseDanish(manyMonths))
			.withMessageContaining("200");
		assertThat(ApproximateDate.parseDanish("oktober 2018 eller ".repeat(9) + "november 2018").latest())
			.isEqualTo(LocalDate.of(2018, 11, 30));
	}

	@Test
	void aDayNoMonthHasIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApproximateDate.parseDanish("31. februar 2019"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApproximateDate.parseDanish("60. juli 2018"));
	}

	@Test
	void aYearOutsideTheYearsPuljeKeepsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApproximateDate.parseDanish("oktober 9661"));
	}

}
