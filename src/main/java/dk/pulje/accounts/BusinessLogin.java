package dk.pulje.accounts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.organisations.OrganisationView;

/**
 * Login with OpenID Connect, as Danish business logins (NemLog-in, MitID Erhverv) provide
 * it: the person's organisation is the one whose CVR number the provider states in a
 * claim. A first login opens an applicant account for that organisation; a later one from
 * another organisation adds it. On only when {@code pulje.oidc.issuer-uri} is configured,
 * with the client id and secret beside it. That is decided when Pulje starts, not by a
 * condition on beans: the packaged application's beans are fixed when it is built.
 */
@Component
class BusinessLogin {

	static final String REGISTRATION = "oidc";

	/**
	 * The claim that carries the account's username in Pulje, so that the login is known
	 * by it.
	 */
	static final String USERNAME = "pulje_username";

	private final @Nullable ClientRegistration registration;

	private final OAuth2UserService<OidcUserRequest, OidcUser> users;

	BusinessLogin(@Value("${pulje.oidc.issuer-uri:}") String issuer, @Value("${pulje.oidc.client-id:}") String clientId,
			@Value("${pulje.oidc.client-secret:}") String secret, @Value("${pulje.oidc.name:NemLog-in}") String name,
			AccountManagement accounts, OrganisationRegister organisations,
			@Value("${pulje.oidc.cvr-claim:https://data.gov.dk/model/core/eid/professional/cvr}") String cvrClaim) {
		this.registration = issuer.isBlank() ? null
				: ClientRegistrations.fromIssuerLocation(issuer)
					.registrationId(REGISTRATION)
					.clientId(clientId)
					.clientSecret(secret)
					.clientName(name)
					.scope("openid")
					.build();
		this.users = businessUsers(accounts, organisations, cvrClaim);
	}

	/** The provider's name for the login page, or null when the login is off. */
	@Nullable String name() {
		return this.registration == null ? null : this.registration.getClientName();
	}

	/** Adds the login to the pages' security, when it is configured. */
	void offerOn(HttpSecurity http) throws Exception {
		ClientRegistration provider = this.registration;
		if (provider == null) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login")
			.defaultSuccessUrl("/start", true)
			.clientRegistrationRepository(new InMemoryClientRegistrationRepository(provider))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this.users)));
	}

	private static OAuth2UserService<OidcUserRequest, OidcUser> businessUsers(AccountManagement accounts,
			OrganisationRegister organisations, String cvrClaim) {
		OidcUserService provider = new OidcUserService();
		return request -> {
			OidcUser user = provider.loadUser(request);
			Object cvr = user.getClaims().get(cvrClaim);
			OrganisationView organisation = cvr == null ? null : organisations.byCvr(String.valueOf(cvr)).orElse(null);
			if (organisation == null) {
				throw new OAuth2AuthenticationException(new OAuth2Error("organisation_unknown",
						"The login names no organisation known to Pulje (CVR " + cvr + ")", null));
			}
			AccountView account = accounts.applicantFromBusinessLogin(usernameFor(subjectOf(user)), organisation.id());
			if (!account.active()) {
				throw new OAuth2AuthenticationException(new OAuth2Error("account_deactivated"));
			}
			return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())),
					user.getIdToken(), new OidcUserInfo(Map.of("sub", user.getSubject(), USERNAME, account.username())),
					USERNAME);
		};
	}

	/**
	 * A username made from the provider's subject: lower case, only the characters
	 * usernames may hold.
	 */
	/** OpenID Connect requires every ID token to name its subject. */
	private static String subjectOf(OidcUser user) {
		return Objects.requireNonNull(user.getSubject(), "an ID token names its subject");
	}

	static String usernameFor(String subject) {
		String cleaned = subject.toLowerCase().replaceAll("[^a-z0-9._@-]", "-");
		return ("oidc-" + cleaned).substring(0, Math.min(100, cleaned.length() + 5));
	}

}
