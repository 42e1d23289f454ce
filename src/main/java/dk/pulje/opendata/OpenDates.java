package dk.pulje.opendata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as both standards want them: a full date-time, to the second, in UTC. */
final class OpenDates {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private OpenDates() {
	}

	static String dateTime(OffsetDateTime at) {
		return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
	}

}
