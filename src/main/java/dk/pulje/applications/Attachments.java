package dk.pulje.applications;

import java.nio.charset.StandardCharsets;

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
