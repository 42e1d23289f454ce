package dk.pulje.money;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectPeriodTests {

	@Test
	void aFinalReportThreeMonthsAfterAPeriodEndingNewYearsEveIsDueOnTheLastDayOfMarch() {
		ProjectPeriod period = ProjectPeriod.years(2018, 2020);

		assertThat(period.monthsAfterEnd(3)).isEqualTo(LocalDate.of(2021, 3, 31));
	}

	@Test
	void aPeriodEndingOnAMonthsLastDayIsDueOnTheLastDayOfTheLaterMonth() {
		ProjectPeriod period = new ProjectPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 9, 30));

		assertThat(period.monthsAfterEnd(3)).isEqualTo(LocalDate.of(2019, 12, 31));
	}

	@Test
	void aPeriodEndingMidMonthIsDueOnTheSameDay() {
		ProjectPeriod period = new ProjectPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 11, 15));

		assertThat(period.monthsAfterEnd(3)).isEqualTo(LocalDate.of(2020, 2, 15));
	}

	@Test
	void coversTheYearsItTouches() {
		ProjectPeriod period = ProjectPeriod.years(2018, 2020);

		assertThat(period.covers(2018)).isTrue();
		assertThat(period.covers(2020)).isTrue();
		assertThat(period.covers(2017)).isFalse();
		assertThat(period.covers(2021)).isFalse();
	}

	@Test
	void cannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProjectPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)));
	}

}
