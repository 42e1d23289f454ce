package dk.pulje.database;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What takes long to make for a key is made by one request at a time when asked so: the
 * others asking for the same wait and get what it made, rather than each making it again
 * after a change.
 */
class KeptPerKeyTests {

	private final DataVersion version = new DataVersion(new DataVersion.Stored() {

		@Override
		public long version() {
			return 1;
		}

		@Override
		public Map<String, Long> changedAfter(long version) {
			return Map.of();
		}

	}, Duration.ofMinutes(1));

	@Test
	void oneAtATimeMakesAPartOnceWhileTheOthersWait() throws Exception {
		assertThat(timesMadeByTwoAtOnce(KeptPerKey.oneAtATime(this.version, 10))).isEqualTo(1);
	}

	@Test
	void otherwiseEachRequestThatFindsNothingKeptMakesIt() throws Exception {
		assertThat(timesMadeByTwoAtOnce(new KeptPerKey<>(this.version, 10))).isEqualTo(2);
	}

	/**
	 * Two requests ask for the same key, the second while the first is still making it;
	 * both get what was made. How many times it was made.
	 */
	private int timesMadeByTwoAtOnce(KeptPerKey<String, String> kept) throws Exception {
		AtomicInteger made = new AtomicInteger();
		CountDownLatch making = new CountDownLatch(1);
		CountDownLatch mayFinish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> kept.at("dashboard", () -> {
			made.incrementAndGet();
			making.countDown();
			await(mayFinish);
			return "made";
		}));
		assertThat(making.await(10, TimeUnit.SECONDS)).isTrue();
		CountDownLatch secondMade = new CountDownLatch(1);
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.at("dashboard", () -> {
			made.incrementAndGet();
			secondMade.countDown();
			return "made";
		}));
		// Made by the second too, or not within two seconds: then it waits for the first.
		secondMade.await(2, TimeUnit.SECONDS);
		mayFinish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("made");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("made");
		return made.get();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
