package dk.pulje.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	Api administrator;

	People people;

	@BeforeEach
	void connect() {
		this.administrator = Api.asAdministrator(this.port);
		this.people = new People(this.administrator);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aNewAccountsPasswordIsShownOnceAndNeverAgain() {
		People.Person caseworker = this.people.open(Role.CASEWORKER, List.of());

		Api.Response read = this.administrator.get("/api/v1/accounts/" + caseworker.id());
		Api.Response history = this.administrator.get("/api/v1/accounts?q=" + caseworker.username());

		assertThat(caseworker.password()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(read.body().toString()).doesNotContain(caseworker.password()).doesNotContainIgnoringCase("password");
		assertThat(history.body().toString()).doesNotContain(caseworker.password());
		assertThat(this.administrator.withPassword(caseworker.username(), caseworker.password())
			.get("/api/v1/me")
			.text("role")).isEqualTo("CASEWORKER");
	}

	@Test
	void anApplicantBelongsToItsOrganisations() {
		long aarhus = new Fixtures(this.administrator).organisation("751");
		People.Person applicant = this.people.open(Role.APPLICANT, List.of(aarhus));

		Api.Response me = applicant.api().get("/api/v1/me");
		Api.Response withoutOrganisation = this.administrator.post("/api/v1/accounts",
				Map.of("username", Fixtures.unique("ansoeger").replace(" ", "-"), "role", "APPLICANT"));

		assertThat(me.body().path("organisationIds").get(0).asLong()).isEqualTo(aarhus);
		assertThat(withoutOrganisation.status()).isEqualTo(422);
		assertThat(withoutOrganisation.text("field")).isEqualTo("organisationIds");
	}

	@Test
	void aTokenIsShownOnceStoredOnlyAsADigestAndStopsWorkingWhenRevoked() {
		People.Person analyst = this.people.open(Role.ANALYST, List.of());
		Api password = this.administrator.withPassword(analyst.username(), analyst.password());
		Api.Response issued = password.post("/api/v1/me/tokens", Map.of("name", "Rapportering"));
		String secret = issued.body().path("secret").asString();
		Api token = this.administrator.withToken(secret);

		Api.Response before = token.get("/api/v1/applications");
		Api.Response listed = password.get("/api/v1/me/tokens");
		password.post("/api/v1/me/tokens/" + issued.body().path("token").path("id").asLong() + "/revoke", null);
		Api.Response after = token.get("/api/v1/applications");

		assertThat(secret).startsWith("pulje_");
		assertThat(before.status()).isEqualTo(200);
		assertThat(listed.body().toString()).doesNotContain(secret);
		assertThat(listed.body().findValuesAsString("prefix")).contains(secret.substring(0, 12));
		assertThat(after.status()).isEqualTo(401);
	}

	@Test
	void aTokensLastUseIsNotedToTheMinuteNotOnEveryCall() {
		People.Person analyst = this.people.open(Role.ANALYST, List.of());
		Api password = this.administrator.withPassword(analyst.username(), analyst.password());
		String secret = password.post("/api/v1/me/tokens", Map.of("name", "Rapportering"))
			.body()
			.path("secret")
			.asString();
		Api token = this.administrator.withToken(secret);
		Instant first = Instant.parse("2031-03-03T08:00:00Z");

		this.clock.set(first);
		token.get("/api/v1/me");
		this.clock.set(first.plusSeconds(59));
		token.get("/api/v1/me");
		String withinTheMinute = lastUsed(password, secret);
		this.clock.set(first.plusSeconds(61));
		token.get("/api/v1/me");
		String aMinuteLater = lastUsed(password, secret);

		assertThat(OffsetDateTime.parse(withinTheMinute).toInstant()).isEqualTo(first);
		assertThat(OffsetDateTime.parse(aMinuteLater).toInstant()).isEqualTo(first.plusSeconds(61));
	}

	private static String lastUsed(Api password, String secret) {
		JsonNode listed = password.get("/api/v1/me/tokens").body();
		for (JsonNode token : listed) {
			if (secret.startsWith(token.path("prefix").asString())) {
				return token.path("lastUsedAt").asString();
			}
		}
		throw new AssertionError("the token is not listed: " + listed);
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() {
		People.Person first = this.people.open(Role.ANALYST, List.of());
		People.Person second = this.people.open(Role.ANALYST, List.of());
		long firstsToken = first.api().get("/api/v1/me/tokens").body().get(0).path("id").asLong();

		Api.Response attempt = second.api().post("/api/v1/me/tokens/" + firstsToken + "/revoke", null);

		assertThat(attempt.status()).isEqualTo(404);
		assertThat(first.api().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aDeactivatedAccountCannotSignInButKeepsItsHistory() {
		People.Person caseworker = this.people.open(Role.CASEWORKER, List.of());

		this.administrator.post("/api/v1/accounts/" + caseworker.id() + "/deactivate", null);

		assertThat(caseworker.api().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(this.administrator.withPassword(caseworker.username(), caseworker.password())
			.get("/api/v1/me")
			.status()).isEqualTo(401);
		Api.Response history = this.administrator.get("/api/v1/accounts/" + caseworker.id() + "/history");
		assertThat(history.body().path("items").findValuesAsString("action")).containsExactly("changed", "created");
		assertThat(history.body().path("items").get(0).path("changes").findValuesAsString("field"))
			.containsExactly("active");
		assertThat(history.body().toString()).doesNotContain(caseworker.password());
		assertThat(this.administrator.get("/api/v1/accounts/" + caseworker.id()).body().path("active").asBoolean())
			.isFalse();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilAnAdministratorLiftsIt() {
		People.Person caseworker = this.people.open(Role.CASEWORKER, List.of());
		Api right = this.administrator.withPassword(caseworker.username(), caseworker.password());

		for (int i = 0; i < 5; i++) {
			assertThat(this.administrator.withWrongPassword(caseworker.username()).get("/api/v1/me").status())
				.isEqualTo(401);
		}
		int locked = right.get("/api/v1/me").status();
		this.administrator.post("/api/v1/accounts/" + caseworker.id() + "/activate", null);
		int lifted = right.get("/api/v1/me").status();

		assertThat(locked).isEqualTo(401);
		assertThat(lifted).isEqualTo(200);
	}

	@Test
	void onlyAnAdministratorManagesAccounts() {
		People.Person caseworker = this.people.open(Role.CASEWORKER, List.of());

		Api.Response attempt = caseworker.api()
			.post("/api/v1/accounts", Map.of("username", "sneaky-admin", "role", "ADMINISTRATOR"));

		assertThat(attempt.status()).isEqualTo(403);
	}

}
