package dk.pulje.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change of a record: when, by whom, in which request, what kind of change, and each
 * field that changed with its value before and after.
 */
public record HistoryEntry(long id, @Nullable OffsetDateTime occurredAt, String actor, String requestId, String action,
		List<Change> changes) {

	/** A field whose value changed; {@code before} is null for a record's first entry. */
	public record Change(String field, @Nullable JsonNode before, @Nullable JsonNode after) {
	}

}
