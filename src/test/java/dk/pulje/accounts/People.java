package dk.pulje.accounts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.pulje.Api;
import dk.pulje.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts made through the API for tests, each with a personal access token to act with.
 */
public final class People {

	private final Api administrator;

	public People(Api administrator) {
		this.administrator = administrator;
	}

	/** An account's name, first password and a client acting with its token. */
	public record Person(long id, String username, String password, Api api) {
	}

	public Person open(Role role, List<Long> organisations) {
		String username = Fixtures.unique(role.name().toLowerCase()).replace(" ", "-");
		Api.Response opened = this.administrator.post("/api/v1/accounts",
				Map.of("username", username, "role", role.name(), "organisationIds", organisations));
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		String password = opened.body().path("initialPassword").asString();
		Api.Response token = this.administrator.withPassword(username, password)
			.post("/api/v1/me/tokens", Map.of("name", "test"));
		assertThat(token.status()).as(token.body().toString()).isEqualTo(201);
		return new Person(opened.body().path("account").path("id").asLong(), username, password,
				this.administrator.withToken(token.body().path("secret").asString()));
	}

	/** One person of each role; the applicant belongs to the given organisation. */
	Map<Role, Person> everyRole(long applicantOrganisation) {
		Map<Role, Person> people = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			people.put(role, open(role, role == Role.APPLICANT ? List.of(applicantOrganisation) : List.of()));
		}
		return people;
	}

}
