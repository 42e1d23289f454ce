package dk.pulje.accounts;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.audit.Secret;
import dk.pulje.rules.RuleViolation;

/**
 * A person who signs in: a role, the organisations they belong to, a password kept only
 * as a hash, and a guard that locks the account for a while after repeated failed logins.
 * Deactivated, it keeps its history but cannot sign in. The count of failed logins and
 * the lock are kept beside it by the login guard, not by the aggregate, so that an
 * administrator's edit never resets or restores them.
 */
@Table("account")
class Account {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private String username;

	@Secret
	private String passwordHash;

	private Role role;

	private @Nullable String displayName;

	private @Nullable String email;

	private boolean active;

	private OffsetDateTime createdAt;

	@MappedCollection(idColumn = "account_id")
	private Set<Membership> memberships = new LinkedHashSet<>();

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Account(@Nullable Long id, @Nullable Long version) {
		this.id = id;
		this.version = version;
	}

	static Account open(AccountRequest request, String passwordHash, OffsetDateTime now) {
		Account account = new Account(null, null);
		account.username = request.username().trim().toLowerCase();
		account.passwordHash = passwordHash;
		account.active = true;
		account.createdAt = now;
		account.change(request);
		return account;
	}

	void change(AccountRequest request) {
		Set<Long> organisations = request.organisationIds() == null ? Set.of() : request.organisationIds();
		if (request.role() == Role.APPLICANT && organisations.isEmpty()) {
			throw new RuleViolation("applicant-without-organisation", "organisationIds");
		}
		this.role = request.role();
		this.displayName = request.displayName();
		this.email = request.email();
		this.memberships = new LinkedHashSet<>(organisations.stream().map(Membership::new).toList());
	}

	boolean memberOf(long organisationId) {
		return this.memberships.contains(new Membership(organisationId));
	}

	void join(long organisationId) {
		this.memberships.add(new Membership(organisationId));
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	String username() {
		return this.username;
	}

	Role role() {
		return this.role;
	}

	boolean active() {
		return this.active;
	}

	AccountView view() {
		return new AccountView(id(), version(), this.username, this.displayName, this.email, this.role,
				this.memberships.stream().map(Membership::organisationId).sorted().toList(), this.active,
				this.createdAt);
	}

}
