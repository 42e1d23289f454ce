package dk.pulje.applications;

/**
 * Published when someone is invited to work on an application; the invitation mail is
 * sent when it is saved.
 */
public record CoAuthorInvited(long applicationId, String title, String email, String invitedBy) {
}
