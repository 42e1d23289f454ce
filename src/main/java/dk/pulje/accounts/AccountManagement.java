package dk.pulje.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.money.DanishTime;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Opens, changes, deactivates and lists accounts, and issues and revokes personal access
 * tokens. A new account's password is generated and shown once, to the administrator who
 * opened it.
 */
@Service
public class AccountManagement {

	public static final Map<String, String> SORTS = Map.of("username", "username", "role", "role", "id", "id");

	private final Accounts accounts;

	private final AccessTokens tokens;

	private final OrganisationRegister organisations;

	private final InitialPasswords passwords;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountManagement(Accounts accounts, AccessTokens tokens, OrganisationRegister organisations,
			InitialPasswords passwords, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.organisations = organisations;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new account and its first password, shown this once. */
	public record OpenedAccount(AccountView account, String initialPassword) {
	}

	/** A new token and the token itself, shown this once. */
	public record IssuedToken(TokenView token, String secret) {
	}

	@Transactional
	public OpenedAccount open(AccountRequest request) {
		if (this.accounts.findByUsername(request.username().trim().toLowerCase()).isPresent()) {
			throw new RuleViolation("username-taken", "username", request.username());
		}
		requireOrganisations(request);
		InitialPasswords.Initial password = this.passwords.next();
		Account account = Account.open(request, password.hash(), now());
		return new OpenedAccount(this.accounts.save(account).view(), password.password());
	}

	/**
	 * The applicant account of a person who logged in through OpenID Connect: opened at
	 * the first login (with a password nobody knows), and made a member of the
	 * organisation the login names if it was not already.
	 */
	@Transactional
	public AccountView applicantFromBusinessLogin(String username, long organisationId) {
		Account account = this.accounts.findByUsername(username).orElse(null);
		if (account == null) {
			AccountRequest request = new AccountRequest(username, null, null, Role.APPLICANT, Set.of(organisationId));
			return this.accounts.save(Account.open(request, this.passwords.next().hash(), now())).view();
		}
		if (!account.memberOf(organisationId)) {
			account.join(organisationId);
			account = this.accounts.save(account);
		}
		return account.view();
	}

	@Transactional
	public AccountView change(long id, long expectedVersion, AccountRequest request) {
		Account account = load(id);
		StaleVersion.check("account", id, expectedVersion, account.version());
		if (!account.username().equals(request.username().trim().toLowerCase())) {
			throw new RuleViolation("username-fixed", "username");
		}
		requireOrganisations(request);
		if (isAsker(account) && request.role() != Role.ADMINISTRATOR) {
			throw new RuleViolation("account-own-role", "role");
		}
		account.change(request);
		return this.accounts.save(account).view();
	}

	@Transactional
	public AccountView deactivate(long id) {
		Account account = load(id);
		if (isAsker(account)) {
			throw new RuleViolation("account-own-deactivation", "account");
		}
		account.deactivate();
		return this.accounts.save(account).view();
	}

	/** Lets the account sign in again, and lifts a lock from failed logins. */
	@Transactional
	public AccountView activate(long id) {
		Account account = load(id);
		account.activate();
		this.jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
		return this.accounts.save(account).view();
	}

	/** Until when failed logins lock the account out, if they do now. */
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> lockedUntil(long id) {
		OffsetDateTime now = DanishTime.of(this.clock.instant());
		return this.jdbc.sql("select locked_until from account where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getObject("locked_until", OffsetDateTime.class))
			.optional()
			.filter(until -> until != null && until.isAfter(now))
			.map(DanishTime::shown);
	}

	@Transactional(readOnly = true)
	public AccountView account(long id) {
		return load(id).view();
	}

	@Transactional(readOnly = true)
	public PageOf<AccountView> accounts(@Nullable Role role, @Nullable String usernameContains, Paging paging) {
		Where where = new Where().and("role = :role", "role", role == null ? null : role.name())
			.contains("username", "username", usernameContains);
		long total = this.jdbc.sql("select count(*) from account" + where)
			.params(where.params())
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc.sql("select id from account" + where + paging.limitClause())
			.params(where.params())
			.query(Long.class)
			.list();
		Map<Long, AccountView> byId = new HashMap<>();
		this.accounts.findAllById(ids).forEach(a -> byId.put(a.id(), a.view()));
		return PageOf.of(ids.stream().map(byId::get).toList(), paging, total);
	}

	/** The account of whoever is asking. */
	@Transactional(readOnly = true)
	public AccountView me() {
		return current().view();
	}

	@Transactional
	public IssuedToken issueToken(String name) {
		AccessToken.Issued issued = AccessToken.issue(current().id(), name, now());
		return new IssuedToken(this.tokens.save(issued.token()).view(), issued.secret());
	}

	@Transactional(readOnly = true)
	public List<TokenView> myTokens() {
		return this.tokens.findByAccountIdOrderByIdDesc(current().id()).stream().map(AccessToken::view).toList();
	}

	/**
	 * Revokes one of the asker's own tokens; somebody else's token is, to the asker, not
	 * there.
	 */
	@Transactional
	public TokenView revokeToken(long tokenId) {
		AccessToken token = this.tokens.findById(tokenId)
			.filter(t -> t.accountId().equals(current().id()))
			.orElseThrow(() -> new RecordNotFound("token", tokenId));
		token.revoke(now());
		return this.tokens.save(token).view();
	}

	/**
	 * The active account a bearer token belongs to, if the token is one Pulje issued and
	 * nobody revoked; notes when it was last used, to the minute. A script calls many
	 * times a minute, and a write on each call would make every read a durable write.
	 */
	@Transactional
	public Optional<String> usernameOfToken(String secret) {
		if (secret == null || !secret.startsWith(AccessToken.PREFIX)) {
			return Optional.empty();
		}
		String digest = AccessToken.digest(secret);
		return this.tokens.findByTokenDigest(digest)
			.filter(token -> !token.revoked())
			.flatMap(token -> this.accounts.findById(token.accountId()).filter(Account::active).map(account -> {
				noteUse(token, digest);
				return account.username();
			}));
	}

	private void noteUse(AccessToken token, String digest) {
		OffsetDateTime now = now();
		OffsetDateTime aMinuteAgo = now.minus(TOKEN_USE_NOTED_EVERY);
		if (token.lastUsedBefore(aMinuteAgo)) {
			this.jdbc
				.sql("update access_token set last_used_at = :now where token_digest = :digest"
						+ " and (last_used_at is null or last_used_at <= :aMinuteAgo)")
				.param("now", now)
				.param("digest", digest)
				.param("aMinuteAgo", aMinuteAgo)
				.update();
		}
	}

	/** How often a token's last use is noted while it is in use. */
	static final Duration TOKEN_USE_NOTED_EVERY = Duration.ofMinutes(1);

	/**
	 * Whether the administrator asking is the account's own: an administrator cannot lock
	 * itself out, by deactivating its account or by giving it another role.
	 */
	private static boolean isAsker(Account account) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && account.username().equals(authentication.getName());
	}

	private Account current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new RecordNotFound("account", "anonymous");
		}
		return this.accounts.findByUsername(authentication.getName())
			.orElseThrow(() -> new RecordNotFound("account", authentication.getName()));
	}

	private void requireOrganisations(AccountRequest request) {
		if (request.organisationIds() != null) {
			this.organisations.findAll(request.organisationIds(), "organisationIds");
		}
	}

	private Account load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new RecordNotFound("account", id));
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
