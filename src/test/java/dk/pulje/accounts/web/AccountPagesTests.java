package dk.pulje.accounts.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.StaffPages;
import dk.pulje.accounts.People;
import dk.pulje.accounts.Role;

import static dk.pulje.StaffPages.filledIn;
import static dk.pulje.StaffPages.page;
import static dk.pulje.StaffPages.redirect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator manages accounts on pages: opens one and reads its password once,
 * changes its role and organisations, deactivates it and activates it again; a change on
 * an old version is refused, and nobody but an administrator reaches the pages.
 */
@IntegrationTest
class AccountPagesTests {

	@LocalServerPort
	int port;

	Api administrator;

	StaffPages admin;

	People.Person adminAccount;

	long aarhus;

	@BeforeEach
	void anAdministratorSignedIn() {
		this.administrator = Api.asAdministrator(this.port);
		this.aarhus = new Fixtures(this.administrator).organisation("751");
		this.adminAccount = new People(this.administrator).open(Role.ADMINISTRATOR, List.of());
		this.admin = StaffPages.signedIn(this.port, this.adminAccount);
	}

	@Test
	void anAccountOpenedOnItsPageShowsItsPasswordOnceAndSignsInWithIt() {
		String username = Fixtures.unique("ansoeger").replace(" ", "-");

		Document opened = page(this.admin.post("/admin/accounts/new",
				filledIn(this.admin.get("/admin/accounts/new"), "username", username, "email",
						username + "@aarhus.example", "role", "APPLICANT", "organisationIds",
						String.valueOf(this.aarhus))));

		String password = opened.getElementById("initial-password").text();
		assertThat(password).hasSizeGreaterThan(11);
		Api account = this.administrator.withPassword(username, password);
		assertThat(account.get("/api/v1/me").text("role")).isEqualTo("APPLICANT");
		Document list = this.admin.get("/admin/accounts?role=APPLICANT&q=" + username);
		assertThat(list.getElementById("accounts").text()).contains(username, "ansøger");
		String page = list.select("#accounts a").attr("href").replaceFirst("^https?://[^/]+", "");
		assertThat(this.admin.get(page).text()).doesNotContain(password);
	}

	@Test
	void anAccountsRoleIsChangedOnTheVersionReadAndItIsDeactivatedAndActivatedAgain() {
		People.Person person = new People(this.administrator).open(Role.APPLICANT, List.of(this.aarhus));
		String page = "/admin/accounts/" + person.id();
		Document form = this.admin.get(page);

		String saved = redirect(this.admin.post(page, filledIn(form, "role", "ANALYST", "organisationIds", "")));
		Document stale = page(this.admin.post(page, filledIn(form, "role", "CASEWORKER")));
		String deactivated = redirect(this.admin.post(page + "/deactivate"));
		String stateWhileDeactivated = this.admin.get(deactivated).getElementById("account-state").text();
		int signInWhileDeactivated = person.api().get("/api/v1/me").status();
		redirect(this.admin.post(page + "/activate"));

		assertThat(saved).endsWith("?saved");
		assertThat(this.administrator.get("/api/v1/accounts/" + person.id()).text("role")).isEqualTo("ANALYST");
		assertThat(stale.select(".error-summary").text()).contains("ændret af en anden");
		assertThat(stateWhileDeactivated).contains("Deaktiveret");
		assertThat(signInWhileDeactivated).isEqualTo(401);
		assertThat(person.api().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aUsernameThatCannotBeAUsernameIsNamedAndNoAccountIsOpened() {
		Document refused = page(this.admin.post("/admin/accounts/new",
				filledIn(this.admin.get("/admin/accounts/new"), "username", "a b", "role", "APPLICANT")));

		assertThat(refused.getElementById("username-error")).isNotNull();
		assertThat(refused.getElementById("initial-password")).isNull();
	}

	@Test
	void anAdministratorCannotLockItselfOut() {
		String own = "/admin/accounts/" + this.adminAccount.id();

		Document deactivation = page(this.admin.post(own + "/deactivate"));
		Document roleTaken = page(this.admin.post(own, filledIn(this.admin.get(own), "role", "CASEWORKER")));

		assertThat(deactivation.select(".error-summary").text()).contains("din egen konto");
		assertThat(roleTaken.getElementById("role-error").text()).contains("din egen konto");
		assertThat(this.administrator.get("/api/v1/accounts/" + this.adminAccount.id()).text("role"))
			.isEqualTo("ADMINISTRATOR");
		assertThat(this.adminAccount.api().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void onlyAnAdministratorReachesTheAccountPages() {
		StaffPages caseworker = StaffPages.caseworker(this.port);

		assertThat(caseworker.post("/admin/accounts/new", "username", "nogen", "role", "ADMINISTRATOR").statusCode())
			.isEqualTo(403);
	}

}
