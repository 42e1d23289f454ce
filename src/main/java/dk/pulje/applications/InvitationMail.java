package dk.pulje.applications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.pulje.mail.MailServer;

/**
 * Mails an invitation to work on an application, once the invitation is saved. Where no
 * mail server is configured ({@code spring.mail.host}), or it fails, the invitation
 * stands and the log says so; the invitee can still sign in with an account opened for
 * that address.
 */
@Component
class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private final MailServer mail;

	private final String from;

	private final String baseUrl;

	InvitationMail(MailServer mail, @Value("${pulje.mail.from:pulje@localhost}") String from,
			@Value("${pulje.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void send(CoAuthorInvited invitation) {
		JavaMailSender sender = this.mail.ifConfigured();
		if (sender == null) {
			log.info("No mail server is configured; the invitation to application {} for {} was not mailed",
					invitation.applicationId(), invitation.email());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(invitation.email());
		message.setSubject("Invitation til ansøgningen \"" + invitation.title() + "\" / Invitation to an application");
		message.setText("""
				Du er inviteret til at skrive med på ansøgningen "%s" i Pulje%s.
				Log ind på %s/login med en konto, der har denne e-mailadresse.

				You have been invited to work on the application "%s" in Pulje%s.
				Sign in at %s/login with an account that has this e-mail address.
				""".formatted(invitation.title(), by(invitation, " af "), this.baseUrl, invitation.title(),
				by(invitation, " by "), this.baseUrl));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("The invitation to application {} for {} could not be mailed: {}", invitation.applicationId(),
					invitation.email(), ex.getMessage());
		}
	}

	private static String by(CoAuthorInvited invitation, String word) {
		return invitation.invitedBy() == null ? "" : word + invitation.invitedBy();
	}

}
