package dk.pulje.applications;

import java.time.OffsetDateTime;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A file attached to an application, as the application lists it: the file's name, its
 * type, size and SHA-256 digest, and who attached it when. The bytes are kept apart,
 * under the key.
 */
@Table("application_attachment")
public record Attachment(String fileKey, String fileName, String contentType, long sizeBytes, String sha256,
		OffsetDateTime uploadedAt, String uploadedBy) {
}
