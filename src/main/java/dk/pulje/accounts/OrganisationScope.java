package dk.pulje.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which confidential records the person asking may see: an applicant, only its own
 * organisations' (and those it was invited to); a reviewer, only those assigned to it;
 * the authority's staff and analysts, all (no limits). Features ask it before they show
 * or change an application.
 */
@Component
public class OrganisationScope {

	private final JdbcClient jdbc;

	OrganisationScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an applicant is limited to: its organisations' applications, and those it was
	 * invited to by its e-mail address.
	 */
	public record Limits(Set<Long> organisations, @Nullable String email, @Nullable String reviewer) {

		public boolean isReviewer() {
			return this.reviewer != null;
		}

	}

	/** The limits of the asker, or empty when the asker is not limited. */
	public Optional<Limits> limitedTo() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (has(authentication, Role.REVIEWER)) {
			return Optional.of(new Limits(Set.of(), null, authentication.getName()));
		}
		if (!has(authentication, Role.APPLICANT)) {
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
		return Optional.of(new Limits(organisations, email, null));
	}

	/**
	 * Whether the person asking is of the authority (its staff or an analyst), who read
	 * what is not public yet.
	 */
	public boolean readsInternal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && (has(authentication, Role.ADMINISTRATOR)
				|| has(authentication, Role.CASEWORKER) || has(authentication, Role.ANALYST));
	}

	/**
	 * The username of the person asking, or empty when nobody is signed in (the
	 * application at work itself).
	 */
	public Optional<String> asker() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? Optional.empty()
				: Optional.of(authentication.getName());
	}

	/**
	 * Whether a reviewer, as the person asking, may be assigned reviews: an active
	 * account with that role.
	 */
	public boolean isReviewer(String username) {
		return this.jdbc.sql("select count(*) from account where username = :u and role = :r and active = true")
			.param("u", username)
			.param("r", Role.REVIEWER.name())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The usernames of the active reviewers, in order: who an application can be given
	 * to.
	 */
	public List<String> reviewers() {
		return this.jdbc.sql("select username from account where role = :r and active = true order by username")
			.param("r", Role.REVIEWER.name())
			.query(String.class)
			.list();
	}

	/**
	 * Whether the person asking decides recommended lists as a decision-maker, apart from
	 * the caseworkers.
	 */
	public boolean isDecisionMaker() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && has(authentication, Role.DECISION_MAKER);
	}

	/**
	 * The e-mail addresses of an organisation's active applicant accounts: who is told
	 * what concerns the organisation's applications and projects.
	 */
	public List<String> applicantEmails(long organisationId) {
		return this.jdbc.sql("""
				select distinct a.email from account a join account_organisation m on m.account_id = a.id
				where m.organisation_id = :organisation and a.role = 'APPLICANT' and a.active = true
				  and a.email is not null order by a.email""")
			.param("organisation", organisationId)
			.query(String.class)
			.list();
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
	}

}
