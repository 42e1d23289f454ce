package dk.pulje.pools;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.money.Amount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls a list reads from their rows are the calls the repository reads: every
 * column, on H2 and on PostgreSQL.
 */
@IntegrationTest
class CallRowsTests {

	@LocalServerPort
	int port;

	@Autowired
	Calls calls;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCallReadFromItsRowIsTheCallTheRepositoryReads() {
		Api api = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(api);
		// Seed 001's first call, granted in part, allocated and re-posted; and a pool
		// with an
		// earmark, offered in a call of its own beside the free money.
		long pool = fixtures.pool();
		long first = fixtures.closedCall(pool, "200000000.00");
		fixtures.grantInFull(
				fixtures.submitted(first, fixtures.organisation("751"), Map.of(2018, "74600000", 2019, "74600000")));
		api.post("/api/v1/calls/" + first + "/complete-allocation", null);
		long repost = api
			.post("/api/v1/calls/" + first + "/repost",
					Map.of("title", "Genopslag", "opensAt", "2018-03-01T09:00", "deadline", "2018-06-08T12:00"))
			.id();
		Map<String, Object> earmarked = fixtures.poolRequest();
		earmarked.put("earmarks", List.of(Map.of("description", "Evaluering", "amount", "20000000.00")));
		String posting = "/api/v1/pools/" + fixtures.pool(earmarked) + "/calls";
		LocalDateTime opens = LocalDateTime.of(2027, 1, 4, 9, 0);
		long earmark = api
			.post(posting, Map.of("amount", "20000000.00", "opensAt", opens.toString(), "deadline",
					opens.plusMonths(2).toString(), "earmark", 1))
			.id();
		List<Long> ids = List.of(first, repost, earmark);

		Map<Long, Call> read = CallRows.byId(this.jdbc, ids);

		OffsetDateTime now = OffsetDateTime.now();
		for (long id : ids) {
			Call stored = this.calls.findById(id).orElseThrow();
			Call fromRow = read.get(id);
			assertThat(CallView.of(fromRow, Amount.ZERO, now)).isEqualTo(CallView.of(stored, Amount.ZERO, now));
			assertThat(fromRow.opensAt().toInstant()).isEqualTo(stored.opensAt().toInstant());
			assertThat(fromRow.deadline().toInstant()).isEqualTo(stored.deadline().toInstant());
		}
		assertThat(read.get(first).granted()).isEqualTo(Amount.ofMillions("149.2"));
		assertThat(read.get(first).allocatedAt()).isNotNull();
		assertThat(read.get(repost).repostedFromId()).isEqualTo(first);
		assertThat(read.get(repost).title()).isEqualTo("Genopslag");
		assertThat(read.get(earmark).earmark()).isEqualTo(1);
		assertThat(CallRows.byId(this.jdbc, List.of())).isEmpty();
	}

}
