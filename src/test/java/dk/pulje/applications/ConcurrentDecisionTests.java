package dk.pulje.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two caseworkers decide two applications on the same call at the same moment, and
 * together the grants would exceed what the call offered. Exactly one decision may
 * succeed; the call never shows more granted than offered.
 */
@IntegrationTest
class ConcurrentDecisionTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@RepeatedTest(3)
	void ofTwoSimultaneousGrantsThatTogetherExceedTheCallExactlyOneSucceeds() throws Exception {
		long aarhus = this.fixtures.organisation("751");
		long call = this.fixtures.closedCall(this.fixtures.pool(), "1000000.00");
		long first = this.fixtures.submitted(call, aarhus, Map.of(2018, "600000.00"));
		long second = this.fixtures.submitted(call, aarhus, Map.of(2018, "600000.00"));
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService caseworkers = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Api.Response>> decisions = new ArrayList<>();
			for (long application : List.of(first, second)) {
				decisions.add(CompletableFuture.supplyAsync(() -> {
					await(together);
					return this.fixtures.grantInFull(application);
				}, caseworkers));
			}
			List<Integer> statuses = decisions.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

			assertThat(statuses).containsExactlyInAnyOrder(200, 422);
		}
		finally {
			caseworkers.shutdown();
		}
		Api.Response callAfter = this.api.get("/api/v1/calls/" + call);
		assertThat(callAfter.text("granted")).isEqualTo("600000.00");
		assertThat(callAfter.body().path("decisions").asInt()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/granted-projects?callId=" + call).body().path("totalItems").asLong())
			.isEqualTo(1);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
