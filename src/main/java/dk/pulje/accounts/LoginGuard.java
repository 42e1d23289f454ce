package dk.pulje.accounts;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import dk.pulje.money.DanishTime;

/**
 * Slows down password guessing: after five wrong passwords in a row an account is locked
 * for fifteen minutes, even for the right password. A successful login starts the count
 * again; an administrator can lift the lock.
 */
@Component
class LoginGuard {

	static final int ATTEMPTS = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginGuard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.jdbc.sql("""
				update account set failed_logins = failed_logins + 1,
				       locked_until = case when failed_logins + 1 >= :attempts then :until else locked_until end
				where username = :username""")
			.param("attempts", ATTEMPTS)
			.param("until", DanishTime.of(this.clock.instant().plus(LOCK)))
			.param("username", String.valueOf(event.getAuthentication().getName()))
			.update();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.sql("update account set failed_logins = 0 where username = :username and failed_logins > 0")
			.param("username", event.getAuthentication().getName())
			.update();
	}

}
