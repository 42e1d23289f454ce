package dk.pulje.money;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year Copenhagen's calendar shows, at the turn of a year and far from Pulje's years.
 */
class DanishTimeTests {

	@Test
	void aYearBeginsAtMidnightInCopenhagenNotInUtc() {
		long newYear = DanishTime.at(LocalDateTime.of(2026, 1, 1, 0, 0)).toEpochSecond();

		assertThat(DanishTime.yearAt(newYear)).isEqualTo(2026);
		assertThat(DanishTime.yearAt(newYear - 1)).as("23:59:59 on New Year's Eve").isEqualTo(2025);
		assertThat(Instant.ofEpochSecond(newYear).toString()).isEqualTo("2025-12-31T23:00:00Z");
	}

	@Test
	void theYearIsTheZonesEvenInYearsOfSummerTimeAtNewYear() {
		// Copenhagen kept summer time through the winters of 1940 to 1942.
		for (long second = -1_000_000_000L; second < 4_000_000_000L; second += 86_399L) {
			assertThat(DanishTime.yearAt(second)).as("at %d", second)
				.isEqualTo(Instant.ofEpochSecond(second).atZone(DanishTime.ZONE).getYear());
		}
		long summerNewYear = OffsetDateTime.parse("1941-01-01T00:00:00+02:00").toEpochSecond();
		assertThat(DanishTime.yearAt(summerNewYear)).isEqualTo(1941);
		assertThat(DanishTime.yearAt(summerNewYear - 1)).isEqualTo(1940);
	}

	@Test
	void yearsBeyondPuljesAreTheZonesToo() {
		long farAhead = OffsetDateTime.parse("2400-06-01T12:00:00Z").toEpochSecond();
		long longAgo = OffsetDateTime.parse("1850-06-01T12:00:00Z").toEpochSecond();

		assertThat(DanishTime.yearAt(farAhead)).isEqualTo(2400);
		assertThat(DanishTime.yearAt(longAgo)).isEqualTo(1850);
	}

}
