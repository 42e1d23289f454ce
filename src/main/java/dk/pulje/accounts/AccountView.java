package dk.pulje.accounts;

import java.time.OffsetDateTime;
import java.util.List;

/** An account as an administrator sees it (never with its password). */
public record AccountView(long id, long version, String username, String displayName, String email, Role role,
		List<Long> organisationIds, boolean active, OffsetDateTime createdAt) {
}
