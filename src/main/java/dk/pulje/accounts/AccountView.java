package dk.pulje.accounts;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An account as an administrator sees it (never with its password). */
public record AccountView(long id, long version, String username, @Nullable String displayName, @Nullable String email,
		Role role, List<Long> organisationIds, boolean active, OffsetDateTime createdAt) {
}
