package dk.pulje.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import dk.pulje.rules.RuleViolation;

/**
 * A record's version as an HTTP entity tag ({@code "3"}), and the If-Match header read
 * back into a version.
 */
public final class Versions {

	private Versions() {
	}

	public static <T> ResponseEntity<T> withETag(T body, long version) {
		return ResponseEntity.ok().header(HttpHeaders.ETAG, eTag(version)).body(body);
	}

	/** 201 Created with the new record's address and its first version. */
	public static <T> ResponseEntity<T> created(String location, T body, long version) {
		return ResponseEntity.status(201)
			.header(HttpHeaders.LOCATION, location)
			.header(HttpHeaders.ETAG, eTag(version))
			.body(body);
	}

	public static String eTag(long version) {
		return "\"" + version + "\"";
	}

	/** The version a client says it changed, or null when it sent no If-Match header. */
	public static @Nullable Long ifMatch(@Nullable String header) {
		if (header == null || header.isBlank() || header.trim().equals("*")) {
			return null;
		}
		String tag = header.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("if-match-unreadable", "If-Match", header);
		}
	}

	/**
	 * Changes to a whole record must say which version they change (HTTP 428 when they do
	 * not).
	 */
	public static long requireIfMatch(String header) {
		Long version = ifMatch(header);
		if (version == null) {
			throw new PreconditionRequired();
		}
		return version;
	}

	/** A change came without If-Match. */
	public static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match is required");
		}

	}

}
