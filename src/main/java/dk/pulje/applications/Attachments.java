package dk.pulje.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attached file as it is downloaded, from the API or a page: always as a download
 * under its own name, never shown inline, and with its type fixed so that no browser
 * guesses another.
 */
public final class Attachments {

	private Attachments() {
	}

	/**
	 * A file's name as it is kept: without the folders a browser may send with it,
	 * control characters or quotes, at most 200 characters; "bilag" when nothing is left.
	 */
	public static String fileName(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "bilag" : name;
	}

	/** The SHA-256 digest of a file's bytes, in hex, as a file's record keeps it. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	public static ResponseEntity<byte[]> download(ApplicationManagement.AttachmentFile file) {
		return download(file.attachment().fileName(), file.attachment().contentType(), file.content());
	}

	public static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
