package dk.pulje.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of what a list finds, kept until a table they were counted from changes (see
 * {@link KeptAtVersion}). A paged list tells how many it found in all, and at national
 * scale counting 150 000 calls or 450 000 applications took longer than the page itself,
 * on every request, though the calls change a few times a day.
 */
@Component
public class KeptCounts {

	private final KeptPerKey<Counted, Long> counts;

	KeptCounts(DataVersion version) {
		this.counts = new KeptPerKey<>(version, 10_000);
	}

	/** The count a query ({@code select count(*) ...}) finds with these parameters. */
	public long of(JdbcClient jdbc, String sql, Map<String, ?> params) {
		return this.counts.at(new Counted(sql, new HashMap<>(params)),
				() -> jdbc.sql(sql).params(params).query(Long.class).single());
	}

	/** A count query and its parameters, compared by value. */
	private record Counted(String sql, Map<String, ?> params) {
	}

}
