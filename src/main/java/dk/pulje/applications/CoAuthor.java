package dk.pulje.applications;

import java.time.OffsetDateTime;

import org.springframework.data.relational.core.mapping.Table;

/** Someone invited by e-mail address to work on this one application. */
@Table("application_co_author")
record CoAuthor(String email, OffsetDateTime invitedAt) {
}
