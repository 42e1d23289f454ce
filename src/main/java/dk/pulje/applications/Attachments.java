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
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
