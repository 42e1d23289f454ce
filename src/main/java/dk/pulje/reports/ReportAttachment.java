package dk.pulje.reports;

import java.time.OffsetDateTime;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A file attached to a report: its name, type, size and SHA-256 digest, and who attached
 * it when. The bytes are kept apart, under the key.
 */
@Table("report_attachment")
public record ReportAttachment(String fileKey, String fileName, String contentType, long sizeBytes, String sha256,
		OffsetDateTime uploadedAt, String uploadedBy) {
}
