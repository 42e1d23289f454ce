package dk.pulje.reports;

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
 * Mails an auditor the invitation to a report's accounts, once it is saved. Without a
 * mail server, or with one failing, the invitation stands and the log says so; the
 * auditor can still sign in with an account of that address and find the accounts under
 * their projects.
 */
@Component
class AuditorInvitationMail {

	private static final Logger log = LoggerFactory.getLogger(AuditorInvitationMail.class);

	private final MailServer mail;

	private final String from;

	private final String baseUrl;

	AuditorInvitationMail(MailServer mail, @Value("${pulje.mail.from:pulje@localhost}") String from,
			@Value("${pulje.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void send(AuditorInvited invitation) {
		JavaMailSender sender = this.mail.ifConfigured();
		if (sender == null) {
			log.info("No mail server is configured; the invitation to audit report {} for {} was not mailed",
					invitation.reportId(), invitation.email());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(invitation.email());
		message.setSubject("Revision af regnskabet for \"" + invitation.projectTitle()
				+ "\" / Audit of the accounts of a project");
		message.setText("""
				Du er inviteret til at revidere regnskabet for projektet "%s" i Pulje.
				Log ind med en konto, der har denne e-mailadresse, og åbn %s/my/audits/%d.

				You have been invited to audit the accounts of the project "%s" in Pulje.
				Sign in with an account that has this e-mail address, and open %s/my/audits/%d.
				""".formatted(invitation.projectTitle(), this.baseUrl, invitation.reportId(), invitation.projectTitle(),
				this.baseUrl, invitation.reportId()));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("The invitation to audit report {} for {} could not be mailed: {}", invitation.reportId(),
					invitation.email(), ex.getMessage());
		}
	}

}
