package dk.pulje.pools;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.organisations.OrganisationType;

/**
 * A pool as a line in the catalogue: what it is, where it stands, how much, for whom, and
 * the next deadline.
 */
public record PoolSummary(long id, long version, Long programmeId, String name, PoolStatus status,
		@Nullable Amount amount, @Nullable String amountText, ApplicationForm applicationForm,
		Set<OrganisationType> eligibleTypes, String announced, LocalDate announcedEarliest, LocalDate announcedLatest,
		@Nullable OffsetDateTime nextDeadline, boolean demo) {
}
