package dk.pulje.mail;

import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail server of {@code spring.mail.*}, or none when {@code spring.mail.host} is not
 * set. Decided when Pulje starts rather than by a condition on the bean, because the
 * packaged application's beans are fixed when it is built (Spring's ahead-of-time
 * processing), and a jar built without a mail server must still mail once one is
 * configured.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class MailServer {

	private final @Nullable JavaMailSender sender;

	MailServer(MailProperties properties, ObjectProvider<SslBundles> bundles) {
		String host = properties.getHost();
		this.sender = host == null || host.isBlank() ? null : sender(host, properties, bundles);
	}

	/** The sender to mail with, or null when no mail server is configured. */
	public @Nullable JavaMailSender ifConfigured() {
		return this.sender;
	}

	private static JavaMailSender sender(String host, MailProperties properties, ObjectProvider<SslBundles> bundles) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(host);
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		if (properties.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		}
		Properties session = new Properties();
		session.putAll(properties.getProperties());
		MailProperties.Ssl ssl = properties.getSsl();
		if (ssl.isEnabled()) {
			session.setProperty("mail." + sender.getProtocol() + ".ssl.enable", "true");
		}
		if (ssl.getBundle() != null) {
			session.put("mail." + sender.getProtocol() + ".ssl.socketFactory",
					bundles.getObject().getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
		}
		sender.setJavaMailProperties(session);
		return sender;
	}

}
