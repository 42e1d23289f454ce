package dk.pulje.accounts;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which organisations' confidential records the person asking may see: for an applicant, only its own
 * organisations'; for the authority's staff and analysts, all (no scope). Features ask it before they show or
 * change an application.
 */
@Component
public class OrganisationScope {

	private final JdbcClient jdbc;

	OrganisationScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an applicant is limited to: its organisations' applications, and those it was invited to by its
	 * e-mail address.
	 */
	public record Limits(Set<Long> organisations, String email) {
	}

	/** The limits of the asker, or empty when the asker is not limited. */
	public Optional<Limits> limitedTo() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.noneMatch(a -> a.getAuthority().equals("ROLE_" + Role.APPLICANT.name()))) {
			return Optional.empty();
		}
		Set<Long> organisations = this.jdbc.sql("""
				select m.organisation_id from account_organisation m join account a on a.id = m.account_id
				where a.username = :username""")
			.param("username", authentication.getName())
			.query(Long.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
		String email = this.jdbc.sql("select lower(email) from account where username = :username")
			.param("username", authentication.getName())
			.query(String.class)
			.optional()
			.orElse(null);
		return Optional.of(new Limits(organisations, email));
	}

}
