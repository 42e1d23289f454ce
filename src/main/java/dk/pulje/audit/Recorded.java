package dk.pulje.audit;

import org.jspecify.annotations.Nullable;

/**
 * Something done to a record that is not a save of it, for its history: an import of a
 * file, with what it made. The history records it under the record, with who and when.
 *
 * @param kind the record's kind as the history keeps it (its table: "grant_import")
 * @param state what the record held afterwards, as JSON, or null
 */
public record Recorded(String kind, String id, String action, @Nullable String state) {
}
