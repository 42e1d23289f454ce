package dk.pulje.applications;

import org.jspecify.annotations.Nullable;

/**
 * Published when someone is invited to work on an application; the invitation mail is
 * sent when it is saved.
 */
public record CoAuthorInvited(long applicationId, String title, String email, @Nullable String invitedBy) {
}
