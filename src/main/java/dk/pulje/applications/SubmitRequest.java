package dk.pulje.applications;

import java.time.LocalDateTime;

/**
 * A submission. An application that reached the authority by other means is registered
 * with the Danish time it was received; it is judged against the deadline at that time,
 * which cannot lie in the future.
 */
public record SubmitRequest(LocalDateTime receivedAt) {
}
