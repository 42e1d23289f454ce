package dk.pulje.money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Deadlines are stated, kept and shown in Danish time: "11. december 2017 kl. 12.00" is
 * noon in Copenhagen, winter or summer. Times are kept to the second, the precision a
 * deadline is judged by.
 */
public final class DanishTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	/**
	 * The years a day or a time in Pulje may fall in. Grants, plans and agreements
	 * concern the decades around now; a year beyond these is a typing error (20210101
	 * read as a day count, +999999999), and neither database can keep every year a Java
	 * date can hold.
	 */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2199;

	/**
	 * When each year from {@link #FIRST_YEAR} to the one after {@link #LAST_YEAR} began
	 * in Copenhagen, in seconds since 1970: the money ledger asks the year of a hundred
	 * thousand calls' openings, and the zone's rules are slow to ask each time.
	 */
	private static final long[] YEARS_BEGAN = yearsBegan();

	private DanishTime() {
	}

	private static long[] yearsBegan() {
		long[] began = new long[LAST_YEAR - FIRST_YEAR + 2];
		for (int i = 0; i < began.length; i++) {
			began[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).atStartOfDay(ZONE).toEpochSecond();
		}
		return began;
	}

	/** The year Copenhagen's calendar shows at this second since 1970. */
	public static int yearAt(long epochSecond) {
		if (epochSecond < YEARS_BEGAN[0] || epochSecond >= YEARS_BEGAN[YEARS_BEGAN.length - 1]) {
			return Instant.ofEpochSecond(epochSecond).atZone(ZONE).getYear();
		}
		int found = Arrays.binarySearch(YEARS_BEGAN, epochSecond);
		return FIRST_YEAR + (found >= 0 ? found : -found - 2);
	}

	/**
	 * A wall-clock time in Copenhagen as a point in time with its offset (+01:00 in
	 * winter, +02:00 in summer).
	 */
	public static OffsetDateTime at(LocalDateTime local) {
		return local.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime();
	}

	public static boolean isKeptYear(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/**
	 * Whether Copenhagen's clocks show this time at all: when summer time begins they
	 * skip from 02:00 to 03:00, and a deadline of 02:30 that night would otherwise be
	 * moved silently by an hour.
	 */
	public static boolean exists(LocalDateTime local) {
		return !ZONE.getRules().getValidOffsets(local).isEmpty();
	}

	/** The same point in time as Copenhagen shows it. */
	@Contract("null -> null; !null -> !null")
	public static @Nullable OffsetDateTime shown(@Nullable OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

	public static OffsetDateTime of(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime();
	}

}
