package dk.pulje.overviews;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
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
 * A call's money counts in the fiscal years of the pool's money it offers, the earliest
 * not yet offered first, not in the year the call opens; what no year of the pool holds
 * counts in the year the call opened. The database sums it (overviews/money.sql), on H2
 * as on PostgreSQL.
 */
@IntegrationTest
class PostedByYearTests {

	@LocalServerPort
	int port;

	@Autowired
	MoneyFlows money;

	@Autowired
	JdbcClient jdbc;

	private Api api;

	private Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.asAdministrator(this.port);
		this.fixtures = new Fixtures(this.api);
	}

	@Test
	void seed001sFirstCallOffersBothYearsOfThePool() {
		long programme = programme();
		long pool = pool(programme, Map.of("2017", "100000000.00", "2018", "100000000.00"));
		this.fixtures.call(pool, "200000000.00", LocalDateTime.of(2017, 10, 2, 9, 0),
				LocalDateTime.of(2017, 12, 11, 12, 0));

		assertThat(posted(programme)).isEqualTo(Map.of(2017, "100000000.00", 2018, "100000000.00"));
	}

	@Test
	void aCallThatOpensInTheAutumnForNextYearsMoneyCountsNextYear() {
		long programme = programme();
		long pool = pool(programme, Map.of("2028", "40000000.00", "2029", "40000000.00"));
		this.fixtures.call(pool, "30000000.00", LocalDateTime.of(2027, 10, 1, 9, 0),
				LocalDateTime.of(2027, 12, 1, 12, 0));
		this.fixtures.call(pool, "30000000.00", LocalDateTime.of(2028, 3, 1, 9, 0),
				LocalDateTime.of(2028, 5, 1, 12, 0));

		assertThat(posted(programme)).isEqualTo(Map.of(2028, "40000000.00", 2029, "20000000.00"));
	}

	/**
	 * A pool whose years hold less than its calls offered, as a pool of imported grant
	 * history does (its calls were posted elsewhere).
	 */
	@Test
	void moneyNoYearOfThePoolHoldsCountsInTheYearTheCallOpened() {
		long programme = programme();
		long pool = pool(programme, Map.of("2027", "3000000.00"));
		// Half past midnight on New Year's Day in Denmark is still 2026 in UTC.
		this.fixtures.call(pool, "3000000.00", LocalDateTime.of(2027, 1, 1, 0, 30),
				LocalDateTime.of(2027, 3, 1, 12, 0));
		this.jdbc.sql("update pool_year set fiscal_year = 2028, amount = 100000000 where pool_id = :pool")
			.param("pool", pool)
			.update();

		assertThat(posted(programme)).isEqualTo(Map.of(2027, "2000000.00", 2028, "1000000.00"));
	}

	private long programme() {
		Api.Response response = this.api.post("/api/v1/programmes",
				Map.of("name", Fixtures.unique("Program"), "kind", "PROGRAMME"));
		assertThat(response.status()).isEqualTo(201);
		return response.id();
	}

	private long pool(long programme, Map<String, String> years) {
		Map<String, Object> pool = this.fixtures.poolRequest();
		pool.put("programmeId", programme);
		pool.put("yearlyAmounts", years);
		return this.fixtures.pool(pool);
	}

	private Map<Integer, String> posted(long programme) {
		Map<Integer, String> posted = new TreeMap<>();
		this.money.byProgramme()
			.stream()
			.filter(p -> Long.valueOf(programme).equals(p.id()))
			.flatMap(p -> p.years().stream())
			.filter(y -> !y.posted().equals(Amount.ZERO))
			.forEach(y -> posted.put(y.year(), y.posted().toString()));
		return posted;
	}

}
