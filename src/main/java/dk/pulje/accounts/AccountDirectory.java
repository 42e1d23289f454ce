package dk.pulje.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds an account for a login. Deactivated accounts keep their history but cannot sign in. */
@Service
class AccountDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.sql("select username, password_hash, role, active from account where username = :username")
			.param("username", username)
			.query((rs, n) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.roles(rs.getString("role"))
				.disabled(!rs.getBoolean("active"))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
