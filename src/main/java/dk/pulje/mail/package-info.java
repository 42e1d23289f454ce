/**
 * The mail server Pulje sends its invitations and reminders through, when one is
 * configured.
 */
@NullMarked
package dk.pulje.mail;

import org.jspecify.annotations.NullMarked;
