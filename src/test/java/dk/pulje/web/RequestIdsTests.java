package dk.pulje.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids Pulje makes for requests that bring none. */
class RequestIdsTests {

	@Test
	void eachIdIsADistinctRandomUuid() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			String id = RequestIds.newId();
			UUID uuid = UUID.fromString(id);
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
			assertThat(uuid.toString()).isEqualTo(id);
			ids.add(id);
		}
		assertThat(ids).hasSize(100_000);
	}

}
