package dk.pulje.opendata;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An import of a 360Giving file as its page and the API show it: the file, who imported
 * it and when, how far it has come (rows read, made, changed, unchanged and refused), and
 * why it stopped if it could not finish.
 */
public record GrantImportView(long id, String fileName, String format, String sha256, String importedBy,
		OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt, String status, int rowsRead, int rowsCreated,
		int rowsUpdated, int rowsUnchanged, int rowsRefused, @Nullable String failure) {

	public boolean running() {
		return "RUNNING".equals(this.status);
	}

}
