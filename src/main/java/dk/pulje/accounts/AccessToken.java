package dk.pulje.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.audit.Secret;

/**
 * A personal access token for the API, sent as {@code Authorization: Bearer pulje_...}.
 * The token itself is shown once, when it is made; Pulje keeps only its SHA-256 digest (a
 * token has 192 random bits, so a fast digest is as safe as a slow one) and its first
 * characters, to tell tokens apart. Revoked, it stays, marked.
 */
@Table("access_token")
class AccessToken {

	static final String PREFIX = "pulje_";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private @Nullable Long id;

	private Long accountId;

	private String name;

	private String prefix;

	@Secret
	private String tokenDigest;

	private OffsetDateTime createdAt;

	private OffsetDateTime lastUsedAt;

	private OffsetDateTime revokedAt;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	AccessToken(@Nullable Long id) {
		this.id = id;
	}

	/** A new token and the one chance to see it. */
	record Issued(AccessToken token, String secret) {
	}

	static Issued issue(long accountId, String name, OffsetDateTime now) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccessToken token = new AccessToken(null);
		token.accountId = accountId;
		token.name = name.trim();
		token.prefix = secret.substring(0, PREFIX.length() + 6);
		token.tokenDigest = digest(secret);
		token.createdAt = now;
		return new Issued(token, secret);
	}

	static String digest(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void revoke(OffsetDateTime now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	boolean revoked() {
		return this.revokedAt != null;
	}

	/** Whether it was last used before this time, or never. */
	boolean lastUsedBefore(OffsetDateTime time) {
		return this.lastUsedAt == null || !this.lastUsedAt.isAfter(time);
	}

	Long accountId() {
		return this.accountId;
	}

	TokenView view() {
		return new TokenView(Objects.requireNonNull(this.id, "not saved yet"), this.name, this.prefix, this.createdAt,
				this.lastUsedAt, this.revokedAt);
	}

}
