package dk.pulje.accounts;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.IntegrationTest;
import dk.pulje.SessionClient;
import dk.pulje.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who opens several pages at once right after signing in gets every one of them:
 * the requests share one session, and each writes its CSRF token into it.
 */
@IntegrationTest
class ConcurrentSessionTests {

	@LocalServerPort
	int port;

	@Test
	void pagesOpenedTogetherRightAfterSigningInAllAnswer() throws Exception {
		String base = "http://localhost:" + this.port;
		SessionClient browser = new SessionClient();
		assertThat(browser.signIn(base, "admin", TestDatabase.ADMIN_PASSWORD).statusCode()).isEqualTo(302);

		List<Integer> statuses = new ArrayList<>();
		ExecutorService tabs = Executors.newFixedThreadPool(8);
		try {
			List<Future<HttpResponse<String>>> pages = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				pages.add(tabs.submit(() -> browser.get(base + "/casework")));
			}
			for (Future<HttpResponse<String>> page : pages) {
				statuses.add(page.get().statusCode());
			}
		}
		finally {
			tabs.shutdown();
		}

		assertThat(statuses).containsOnly(200);
	}

}
