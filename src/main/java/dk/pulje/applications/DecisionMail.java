package dk.pulje.applications;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.mail.MailServer;

/**
 * Tells the applicant of a decision once it is saved: the lead organisation's applicant
 * accounts and the co-authors, with where to read the decision and its letter. A list
 * decided as a whole is told application by application, after the one transaction that
 * decided them all. Demo decisions are not mailed. Where no mail server is configured, or
 * it fails, the decision stands and the log says so; the applicant finds it on its pages.
 */
@Component
class DecisionMail {

	private static final Logger log = LoggerFactory.getLogger(DecisionMail.class);

	private final MailServer mail;

	private final OrganisationScope people;

	private final Applications applications;

	private final String from;

	private final String baseUrl;

	DecisionMail(MailServer mail, OrganisationScope people, Applications applications,
			@Value("${pulje.mail.from:pulje@localhost}") String from,
			@Value("${pulje.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.people = people;
		this.applications = applications;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	void send(ApplicationDecided decision) {
		if (decision.demo()) {
			return;
		}
		Set<String> to = new LinkedHashSet<>(this.people.applicantEmails(decision.leadOrganisationId()));
		this.applications.findById(decision.applicationId()).ifPresent(a -> to.addAll(a.coAuthorEmails()));
		JavaMailSender sender = this.mail.ifConfigured();
		if (sender == null || to.isEmpty()) {
			log.info("The decision on application {} was not mailed: {}", decision.applicationId(),
					sender == null ? "no mail server is configured" : "nobody to tell");
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject("Afgørelse på ansøgningen \"" + decision.title() + "\" / Decision on your application");
		String letter = this.baseUrl + "/applications/" + decision.applicationId() + "/decision-letter.pdf";
		message.setText("""
				Der er truffet afgørelse på ansøgningen "%s": %s.
				Læs afgørelsen på %s/my/applications/%d, og hent brevet på %s.

				A decision has been made on the application "%s": %s.
				Read it at %s/my/applications/%d, and download the letter at %s.
				""".formatted(decision.title(), danish(decision.outcome()), this.baseUrl, decision.applicationId(),
				letter, decision.title(), english(decision.outcome()), this.baseUrl, decision.applicationId(), letter));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("The decision on application {} could not be mailed: {}", decision.applicationId(),
					ex.getMessage());
		}
	}

	private static String danish(DecisionOutcome outcome) {
		return switch (outcome) {
			case GRANTED_IN_FULL -> "tilsagn som søgt";
			case GRANTED_IN_PART -> "tilsagn til en del af det søgte";
			case REJECTED -> "afslag";
		};
	}

	private static String english(DecisionOutcome outcome) {
		return switch (outcome) {
			case GRANTED_IN_FULL -> "granted in full";
			case GRANTED_IN_PART -> "granted in part";
			case REJECTED -> "rejected";
		};
	}

}
