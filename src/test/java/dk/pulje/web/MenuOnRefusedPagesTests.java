package dk.pulje.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone signed in who mistypes an address, or follows a link to a record that is gone,
 * gets a page that says so with the same menu as every other page: their own links, the
 * way to sign out and the other language. A page that offered "Log ind" instead would
 * make them think they had been signed out.
 */
@IntegrationTest
class MenuOnRefusedPagesTests {

	@LocalServerPort
	int port;

	@Test
	void aRefusedAddressKeepsTheSignedInMenuAndTheLanguageSwitch() throws Exception {
		String base = "http://localhost:" + this.port;
		SessionClient administrator = new SessionClient();
		administrator.signIn(base, "admin", TestDatabase.ADMIN_PASSWORD);

		for (String address : List.of("/casework/reports?state=NOPE", "/casework/reports?page=-1", "/pools/abc",
				"/casework/calls/999999999", "/no-such-page")) {
			HttpResponse<String> page = administrator.get(base + address);

			assertThat(page.statusCode()).as(address).isIn(400, 403, 404);
			assertThat(page.body()).as(address)
				.contains("href=\"/casework/reports\"")
				.contains("href=\"/admin/accounts\"")
				.contains("action=\"/logout\"")
				.contains("lang=en")
				.doesNotContain("href=\"/login\"");
		}
		assertThat(administrator.get(base + "/no-such-page").body()).contains("href=\"/no-such-page?lang=en\"");
	}

	@Test
	void aRefusedAddressOffersSigningInToSomeoneWhoIsNot() throws Exception {
		HttpResponse<String> page = new SessionClient().get("http://localhost:" + this.port + "/pools/abc");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");
	}

}
