package dk.pulje.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dk.pulje.money.DanishTime;

/**
 * Finds an account for a login. Deactivated accounts keep their history but cannot sign
 * in; an account locked by the login guard cannot sign in until the lock runs out.
 */
@Service
class AccountDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		OffsetDateTime now = DanishTime.of(this.clock.instant());
		return this.jdbc
			.sql("select username, password_hash, role, active, locked_until from account where username = :username")
			.param("username", username == null ? null : username.toLowerCase())
			.query((rs, n) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.roles(rs.getString("role"))
				.disabled(!rs.getBoolean("active"))
				.accountLocked(isAfter(rs.getObject("locked_until", OffsetDateTime.class), now))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	private static boolean isAfter(OffsetDateTime lockedUntil, OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
