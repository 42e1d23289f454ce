package dk.pulje.pools;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;

/**
 * The pool catalogue as the public, the overviews and the API read it: each pool as one
 * line with its status, its amount and its next deadline, filtered and paged in SQL, and
 * a pool's name by id. It only reads; {@link PoolManagement} changes pools.
 */
@Service
public class PoolCatalogue {

	public static final Map<String, String> POOL_SORTS = Map.of("name", "name", "amount", "amount", "status", "status",
			"nextDeadline", "next_deadline", "announced", "announced_earliest", "id", "id");

	/**
	 * Each pool as a catalogue line, with its status read from its latest call and the
	 * time {@code :now}. The one place the status rule is written; the single pool's view
	 * reads it from here too. The amount and the latest call are kept on the rows, so a
	 * line costs no sums or searches, whatever the number of pools.
	 */
	private static final String POOL_LINES = """
			select * from (
			  select p.id, p.version, p.programme_id, p.name, p.application_form, p.demo, p.amount,
			         p.announced_as_written, p.announced_earliest, p.announced_latest, p.period_start, p.period_end,
			         case when l.deadline >= :now then l.deadline end as next_deadline,
			         case
			           when l.id is null and p.announced_as_written is null then 'IN_PREPARATION'
			           when l.id is null or l.opens_at > :now then 'ANNOUNCED'
			           when l.deadline >= :now then case when l.kind = 'REPOST' then 'RE_POSTED' else 'OPEN' end
			           when l.allocated_at is not null then 'ALLOCATED'
			           when l.decisions > 0 then 'BEING_DECIDED'
			           else 'CLOSED'
			         end as status
			  from pool p
			  left join pool_call l on l.pool_id = p.id and l.latest = true
			) as pool_line""";

	private final JdbcClient jdbc;

	private final Clock clock;

	PoolCatalogue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Filters for the pool catalogue; each is optional. A year finds the pools with money
	 * in that year or a project period that covers it.
	 */
	public record Filter(@Nullable PoolStatus status, @Nullable Long programmeId,
			@Nullable OrganisationType eligibleType, @Nullable String nameContains, @Nullable Integer year) {
	}

	@Transactional(readOnly = true)
	public PageOf<PoolSummary> pools(Filter filter, Paging paging) {
		OffsetDateTime now = DanishTime.of(this.clock.instant());
		Where where = new Where()
			.and("status = :status", "status", filter.status() == null ? null : filter.status().name())
			.and("programme_id = :programme", "programme", filter.programmeId())
			.and("exists (select 1 from pool_eligibility e where e.pool_id = pool_line.id and e.organisation_type = :type)",
					"type", filter.eligibleType() == null ? null : filter.eligibleType().name())
			.contains("name", "name", filter.nameContains())
			.and("(exists (select 1 from pool_year y where y.pool_id = pool_line.id and y.fiscal_year = :year)"
					+ " or (extract(year from period_start) <= :year and extract(year from period_end) >= :year))",
					"year", filter.year());
		// Only a status filter needs the latest call; every other filter counts on the
		// pool table alone.
		String count = filter.status() == null ? "select count(*) from pool pool_line" + where
				: "select count(*) from (" + POOL_LINES + where + ") as counted";
		long total = this.jdbc.sql(count).params(where.params()).param("now", now).query(Long.class).single();
		where.params().put("now", now);
		List<PoolSummary> lines = where.rows(this.jdbc, POOL_LINES, paging, this::summary);
		return PageOf.of(withEligibility(lines), paging, total);
	}

	private PoolSummary summary(ResultSet rs, int row) throws SQLException {
		Long amount = rs.getObject("amount", Long.class);
		OffsetDateTime next = rs.getObject("next_deadline", OffsetDateTime.class);
		return new PoolSummary(rs.getLong("id"), rs.getLong("version"), rs.getObject("programme_id", Long.class),
				rs.getString("name"), PoolStatus.valueOf(rs.getString("status")),
				amount == null ? null : Amount.ofOre(amount),
				amount == null ? null : Amount.ofOre(amount).toDanishText(),
				ApplicationForm.valueOf(rs.getString("application_form")), Set.of(),
				rs.getString("announced_as_written"), rs.getObject("announced_earliest", LocalDate.class),
				rs.getObject("announced_latest", LocalDate.class), DanishTime.shown(next), rs.getBoolean("demo"));
	}

	/** Adds who may apply to each line of a page, with one query for the page. */
	private List<PoolSummary> withEligibility(List<PoolSummary> lines) {
		if (lines.isEmpty()) {
			return lines;
		}
		Map<Long, Set<OrganisationType>> types = new HashMap<>();
		this.jdbc
			.sql("select pool_id, organisation_type from pool_eligibility where pool_id in (:ids)"
					+ " order by pool_id, organisation_type")
			.param("ids", lines.stream().map(PoolSummary::id).toList())
			.query(rs -> {
				types.computeIfAbsent(rs.getLong("pool_id"), k -> new LinkedHashSet<>())
					.add(OrganisationType.valueOf(rs.getString("organisation_type")));
			});
		List<PoolSummary> result = new ArrayList<>();
		for (PoolSummary s : lines) {
			result.add(new PoolSummary(s.id(), s.version(), s.programmeId(), s.name(), s.status(), s.amount(),
					s.amountText(), s.applicationForm(), types.getOrDefault(s.id(), Set.of()), s.announced(),
					s.announcedEarliest(), s.announcedLatest(), s.nextDeadline(), s.demo()));
		}
		return result;
	}

	/**
	 * A pool's status at the time {@code now}, by the one rule the catalogue lines use.
	 */
	PoolStatus status(long id, OffsetDateTime now) {
		return this.jdbc.sql(POOL_LINES + " where id = :id")
			.param("now", now)
			.param("id", id)
			.query((rs, n) -> PoolStatus.valueOf(rs.getString("status")))
			.single();
	}

	/** The names of the pools with these ids, with one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, name from pool where id in (:ids)").param("ids", ids).query(rs -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		}
		return names;
	}

}
