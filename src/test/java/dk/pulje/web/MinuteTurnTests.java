package dk.pulje.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import dk.pulje.TestClock;
import dk.pulje.database.DataVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What visitors get while one request makes an answer again: the previous minute's answer
 * when only the minute has turned, and the new answer, after waiting for it, when the
 * data changed.
 */
class MinuteTurnTests {

	private static final Instant NOON = Instant.parse("2026-03-02T11:00:05Z");

	private final TestClock clock = new TestClock();

	private final AtomicLong dataVersion = new AtomicLong(7);

	private final PublicReads reads;

	MinuteTurnTests() {
		DataVersion version = mock(DataVersion.class);
		// Each version changed every table: the answers here read none that could be
		// told.
		when(version.seen()).thenAnswer(
				invocation -> new DataVersion.Seen(this.dataVersion.get(), Map.of("*", this.dataVersion.get())));
		this.reads = new PublicReads(version, this.clock, true, DataSize.ofKilobytes(256), DataSize.ofMegabytes(1));
		this.clock.set(NOON);
	}

	@Test
	void whileTheNewMinutesAnswerIsMadeOthersGetThePreviousMinutesAtOnce() throws Exception {
		assertThat(read(answering("made at 12:00"))).isEqualTo("made at 12:00");
		this.clock.set(NOON.plusSeconds(60));
		CountDownLatch making = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture
			.supplyAsync(() -> read(slowly(making, release, "made at 12:01")));
		assertThat(making.await(5, TimeUnit.SECONDS)).isTrue();

		String meanwhile = read(answering("not asked for"));

		assertThat(meanwhile).isEqualTo("made at 12:00");
		assertThat(first).isNotDone();
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).as("the request that made it").isEqualTo("made at 12:01");
		assertThat(read(answering("not asked for"))).isEqualTo("made at 12:01");
	}

	@Test
	void afterAChangeToTheDataOthersWaitForTheNewAnswer() throws Exception {
		assertThat(read(answering("before the change"))).isEqualTo("before the change");
		this.dataVersion.incrementAndGet();
		CountDownLatch making = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture
			.supplyAsync(() -> read(slowly(making, release, "after the change")));
		assertThat(making.await(5, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<String> meanwhile = CompletableFuture.supplyAsync(() -> read(answering("not asked for")));

		assertThat(meanwhile).as("waits rather than get the old data").isNotCompleted();
		Thread.sleep(200);
		assertThat(meanwhile).isNotCompleted();
		release.countDown();
		assertThat(meanwhile.get(5, TimeUnit.SECONDS)).isEqualTo("after the change");
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("after the change");
	}

	private String read(FilterChain chain) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/pools");
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.reads.doFilter(request, response, chain);
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static FilterChain answering(String body) {
		return (request, response) -> {
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(body);
		};
	}

	private static FilterChain slowly(CountDownLatch making, CountDownLatch release, String body) {
		return (request, response) -> {
			making.countDown();
			try {
				release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(body);
		};
	}

}
