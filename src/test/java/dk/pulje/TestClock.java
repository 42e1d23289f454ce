package dk.pulje;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import dk.pulje.money.DanishTime;

/**
 * The application's clock in tests: the real time, unless a test sets it to a chosen
 * second (and resets it after).
 */
public class TestClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	public void set(Instant instant) {
		this.fixed.set(instant);
	}

	public void reset() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return DanishTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed.get();
		return instant == null ? Instant.now() : instant;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
