package dk.pulje.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer pulje_...}: a personal
 * access token that is not revoked, of an account that is active and not locked. A bad
 * token is refused at once, not passed on anonymous. Made by the security configuration,
 * not registered as a filter of its own.
 */
class BearerTokens extends OncePerRequestFilter {

	/** Writes the refusal, as the rest of the API writes problems. */
	interface Refusal {

		void write(HttpServletResponse response, int status, String title) throws IOException;

	}

	private final AccountManagement accounts;

	private final AccountDirectory directory;

	private final Refusal refusal;

	BearerTokens(AccountManagement accounts, AccountDirectory directory, Refusal refusal) {
		this.accounts = accounts;
		this.directory = directory;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserDetails> user = this.accounts.usernameOfToken(header.substring(7).trim())
			.map(this.directory::loadUserByUsername)
			.filter(u -> u.isEnabled() && u.isAccountNonLocked());
		if (user.isEmpty()) {
			this.refusal.write(response, 401, "Token not valid / Token ikke gyldigt");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get().getUsername(), null,
				user.get().getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
