package dk.pulje;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dk.pulje.money.DanishTime;

/**
 * Pulje runs public-health funding pools: from the agreement that sets money aside,
 * through pools, calls, applications and decisions, to the projects that were granted
 * money and what they owe in reports.
 */
@SpringBootApplication
public class PuljeApplication {

	/** Danish time: deadlines are stated, kept and shown as they are in Copenhagen. */
	public static final ZoneId DANISH_TIME = DanishTime.ZONE;

	@Bean
	Clock clock() {
		return Clock.system(DANISH_TIME);
	}

	public static void main(String[] args) {
		SpringApplication.run(PuljeApplication.class, args);
	}

}
