package dk.pulje.accounts;

import java.time.OffsetDateTime;

/**
 * A token as its owner sees it afterwards: its name and first characters, never the
 * token.
 */
public record TokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime revokedAt) {
}
