package dk.pulje;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** What a test's mail server received. */
public final class Mails {

	private Mails() {
	}

	/**
	 * The subjects of the mails sent to an address whose subject has the words given. A
	 * mail to several people arrives once for each of them, with the same id, and counts
	 * once.
	 */
	public static List<String> to(GreenMailExtension smtp, String email, String subjectContaining) {
		Map<String, String> subjects = new LinkedHashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			try {
				boolean toThem = Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(email));
				if (toThem && message.getSubject().contains(subjectContaining)) {
					subjects.put(message.getMessageID(), message.getSubject());
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return List.copyOf(subjects.values());
	}

}
