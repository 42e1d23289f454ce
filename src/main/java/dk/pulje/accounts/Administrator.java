package dk.pulje.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import dk.pulje.database.LoadBeforeServing;

/**
 * Creates the built-in administrator on the first start. Its password is generated (or
 * taken from {@code PULJE_ADMIN_INITIAL_PASSWORD} where an operator sets one), stored
 * only as a hash, and printed once in the log; it is never in the repository.
 */
@Component
class Administrator extends LoadBeforeServing {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(Administrator.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final InitialPasswords initialPasswords;

	private final String initialPassword;

	Administrator(JdbcClient jdbc, PasswordEncoder passwords, InitialPasswords initialPasswords,
			@Value("${pulje.admin.initial-password:}") String initialPassword, TransactionOperations transactions) {
		super(0, transactions);
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.initialPasswords = initialPasswords;
		this.initialPassword = initialPassword;
	}

	@Override
	protected void load() {
		boolean exists = this.jdbc.sql("select count(*) from account where username = :u")
			.param("u", USERNAME)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return;
		}
		boolean generated = this.initialPassword.isBlank();
		InitialPasswords.Initial password = generated ? this.initialPasswords.next()
				: new InitialPasswords.Initial(this.initialPassword, this.passwords.encode(this.initialPassword));
		this.jdbc.sql("insert into account (username, password_hash, role) values (:u, :h, :r)")
			.param("u", USERNAME)
			.param("h", password.hash())
			.param("r", Role.ADMINISTRATOR.name())
			.update();
		if (generated) {
			log.warn(
					"\n\n    Pulje created the administrator account '{}' with the password: {}\n"
							+ "    It is shown only this once. Keep it somewhere safe.\n",
					USERNAME, password.password());
		}
		else {
			log.info("Pulje created the administrator account '{}' with the configured initial password", USERNAME);
		}
	}

}
