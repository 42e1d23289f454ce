package dk.pulje.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.paging.Where;

/**
 * Reads the published grants: every granted project of a call whose allocation is
 * complete, in the order of their numbers, a batch at a time, so that an export of a
 * hundred thousand grants never holds more than a batch. When a grant was last changed is
 * read from the audit history, which records every save.
 */
@Service
class OpenGrants {

	/**
	 * Which grants: of one pool, of one programme, awarded in one year; each optional.
	 */
	record Filter(@Nullable Long poolId, @Nullable Long programmeId, @Nullable Integer year) {
	}

	/** What the export as a whole was last changed by: an ETag's seed, and its time. */
	record Version(long entry, @Nullable OffsetDateTime at) {
	}

	private static final int BATCH = 500;

	/** The records a published grant is made from; a change to any of them changes it. */
	private static final List<String> SOURCES = List.of("granted_project", "pool", "pool_call", "organisation",
			"programme", "application", "grant_import");

	private final JdbcClient jdbc;

	private final OpenDataSettings settings;

	OpenGrants(JdbcClient jdbc, OpenDataSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * The last change to any record the published grants are made from: its audit entry
	 * and when it was made.
	 */
	@Transactional(readOnly = true)
	public Version version() {
		Long last = this.jdbc.sql("select max(id) from audit_entry where record_kind in (:kinds)")
			.param("kinds", SOURCES)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (last == null) {
			return new Version(0, null);
		}
		OffsetDateTime at = this.jdbc.sql("select occurred_at from audit_entry where id = :id")
			.param("id", last)
			.query((rs, n) -> rs.getObject("occurred_at", OffsetDateTime.class))
			.single();
		return new Version(last, at);
	}

	/** Hands each published grant to the consumer, in the order of their numbers. */
	@Transactional(readOnly = true)
	public void each(Filter filter, Consumer<OpenGrant> consumer) {
		long after = 0;
		while (true) {
			List<Row> rows = batch(filter, after);
			if (rows.isEmpty()) {
				return;
			}
			List<Long> ids = rows.stream().map(Row::id).toList();
			Map<Long, Map<Integer, Amount>> years = years(ids);
			Map<Long, List<OpenGrant.Transaction>> transactions = transactions(ids);
			Map<Long, OffsetDateTime> modified = modified(ids);
			for (Row row : rows) {
				consumer.accept(row.grant(YearlyAmounts.of(years.getOrDefault(row.id(), Map.of())),
						transactions.getOrDefault(row.id(), List.of()), modified.get(row.id())));
			}
			after = ids.get(ids.size() - 1);
		}
	}

	/** A grant as its main query reads it, before its years and payments are added. */
	private record Row(long id, @Nullable String sourceId, String title, @Nullable String summary, Amount amount,
			OffsetDateTime grantedAt, LocalDate start, LocalDate end, OpenGrant.Recipient recipient, long poolId,
			@Nullable String poolCode, String poolName, @Nullable String poolPurpose, @Nullable String authority,
			@Nullable String funderId, @Nullable OffsetDateTime sourceModified, @Nullable String dataSource,
			boolean closed, boolean demo) {

		/**
		 * The grant with its years and payments. It was last changed at its last save, or
		 * when it was granted; an imported grant, when its file says, unless it was saved
		 * here since. An imported grant's award is dated noon of its day, which can be
		 * later than the file's own date.
		 */
		OpenGrant grant(YearlyAmounts byYear, List<OpenGrant.Transaction> transactions,
				@Nullable OffsetDateTime saved) {
			OffsetDateTime modified = latest(saved, this.sourceModified != null ? this.sourceModified : this.grantedAt);
			return new OpenGrant(this.id, this.sourceId, this.title, this.summary, this.amount,
					DanishTime.of(this.grantedAt.toInstant()).toLocalDate(), this.start, this.end, this.recipient,
					this.poolId, this.poolCode, this.poolName, this.poolPurpose, this.authority, this.funderId, byYear,
					transactions, modified, this.dataSource, this.closed, this.demo);
		}

		private static OffsetDateTime latest(@Nullable OffsetDateTime a, OffsetDateTime b) {
			return a == null || b.isAfter(a) ? b : a;
		}

	}

	private List<Row> batch(Filter filter, long after) {
		Where where = new Where().and("g.id > :after", "after", after)
			.and("c.allocated_at is not null")
			.and("g.pool_id = :pool", "pool", filter.poolId())
			.and("p.programme_id = :programme", "programme", filter.programmeId());
		if (filter.year() != null) {
			where.and("g.granted_at >= :from", "from", DanishTime.at(LocalDate.of(filter.year(), 1, 1).atStartOfDay()))
				.and("g.granted_at < :until", "until",
						DanishTime.at(LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay()));
		}
		if (!this.settings.includeDemo()) {
			where.and("g.demo = false");
		}
		return this.jdbc.sql("""
				select g.id, g.source_grant_id, g.title, a.summary, g.granted_total, g.granted_at,
				       g.period_start, g.period_end, g.closed_at, g.demo, g.source_modified, g.source_data,
				       o.id as organisation_id, o.name as organisation_name, o.cvr, o.external_id, o.official_code,
				       o.organisation_type, p.id as pool_id, p.source_code, p.name as pool_name,
				       p.purpose as pool_purpose, p.authority, p.funder_id
				from granted_project g
				join pool_call c on c.id = g.call_id
				join application a on a.id = g.application_id
				join organisation o on o.id = g.organisation_id
				join pool p on p.id = g.pool_id""" + where + " order by g.id fetch first " + BATCH + " rows only")
			.params(where.params())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("source_grant_id"), rs.getString("title"),
					rs.getString("summary"), Amount.ofOre(rs.getLong("granted_total")),
					rs.getObject("granted_at", OffsetDateTime.class), rs.getObject("period_start", LocalDate.class),
					rs.getObject("period_end", LocalDate.class),
					new OpenGrant.Recipient(rs.getLong("organisation_id"), rs.getString("organisation_name"),
							rs.getString("cvr"), rs.getString("external_id"), rs.getString("official_code"),
							rs.getString("organisation_type")),
					rs.getLong("pool_id"), rs.getString("source_code"), rs.getString("pool_name"),
					rs.getString("pool_purpose"), rs.getString("authority"), rs.getString("funder_id"),
					rs.getObject("source_modified", OffsetDateTime.class), rs.getString("source_data"),
					rs.getObject("closed_at", OffsetDateTime.class) != null, rs.getBoolean("demo")))
			.list();
	}

	// Each batch's rows are read by an array of ids, not a list of values: a plan the
	// database keeps for a list can be one made while the tables were small.
	private Map<Long, Map<Integer, Amount>> years(List<Long> ids) {
		Map<Long, Map<Integer, Amount>> years = new HashMap<>();
		this.jdbc.sql("""
				select granted_project_id, fiscal_year, amount from granted_project_year
				where granted_project_id = any(:ids)""").param("ids", ids.toArray(Long[]::new)).query(rs -> {
			years.computeIfAbsent(rs.getLong("granted_project_id"), id -> new TreeMap<>())
				.merge(rs.getInt("fiscal_year"), Amount.ofOre(rs.getLong("amount")), Amount::plus);
		});
		return years;
	}

	private Map<Long, List<OpenGrant.Transaction>> transactions(List<Long> ids) {
		Map<Long, List<OpenGrant.Transaction>> transactions = new HashMap<>();
		this.jdbc.sql("""
				select granted_project_id, kind, paid_on, fiscal_year, amount from granted_project_payment
				where granted_project_id = any(:ids) order by granted_project_id, paid_on, line_no""")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				transactions.computeIfAbsent(rs.getLong("granted_project_id"), id -> new ArrayList<>())
					.add(new OpenGrant.Transaction("REPAYMENT".equals(rs.getString("kind")),
							rs.getObject("paid_on", LocalDate.class), rs.getInt("fiscal_year"),
							Amount.ofOre(rs.getLong("amount"))));
			});
		return transactions;
	}

	private Map<Long, OffsetDateTime> modified(List<Long> ids) {
		Map<Long, OffsetDateTime> modified = new HashMap<>();
		this.jdbc.sql("""
				select record_id, max(occurred_at) as modified from audit_entry
				where record_kind = 'granted_project' and record_id = any(:ids) group by record_id""")
			.param("ids", ids.stream().map(String::valueOf).toArray(String[]::new))
			.query(rs -> {
				modified.put(Long.valueOf(rs.getString("record_id")), rs.getObject("modified", OffsetDateTime.class));
			});
		return modified;
	}

}
