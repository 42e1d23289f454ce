package dk.pulje.applications;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.money.Amount;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.pools.CallStatus;
import dk.pulje.pools.CallView;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;

/**
 * How a call went, in figures: the applications received and what they asked for, how
 * many times over that asked for what the call offered, and the applications granted,
 * their amount and the share of applications granted; in all, by content area and by the
 * kind of organisation that applied. Everyone may read them once the call's allocation is
 * complete; the authority's staff and analysts at any time. A withdrawn application or a
 * draft was never received.
 */
@Service
public class CallStatistics {

	/**
	 * Figures for a set of the call's applications; the success rate is the share of the
	 * applications received that were granted, in per cent, to one decimal.
	 */
	public record Figures(int received, Amount asked, int granted, Amount grantedAmount,
			@Nullable BigDecimal successRate) {

		static final Figures NONE = of(0, Amount.ZERO, 0, Amount.ZERO);

		static Figures of(int received, Amount asked, int granted, Amount grantedAmount) {
			return new Figures(received, asked, granted, grantedAmount, received == 0 ? null
					: BigDecimal.valueOf(granted * 100L).divide(BigDecimal.valueOf(received), 1, RoundingMode.HALF_UP));
		}

		Figures plus(Figures other) {
			return of(this.received + other.received, this.asked.plus(other.asked), this.granted + other.granted,
					this.grantedAmount.plus(other.grantedAmount));
		}

	}

	/** A call's figures, or a pool's ({@code kind}), in all and broken down. */
	public record Statistics(String kind, long id, Amount offered, Figures total, @Nullable BigDecimal oversubscribed,
			Map<String, Figures> byContentArea, Map<OrganisationType, Figures> byApplicantType) {
	}

	/**
	 * A call in the overview of every call: its pool, what it offered, and its figures.
	 */
	public record CallLine(long callId, long poolId, String poolName, @Nullable String title, Amount offered,
			Figures figures, @Nullable BigDecimal oversubscribed, boolean allocated) {
	}

	private final JdbcClient jdbc;

	private final PoolManagement pools;

	private final OrganisationScope scope;

	CallStatistics(JdbcClient jdbc, PoolManagement pools, OrganisationScope scope) {
		this.jdbc = jdbc;
		this.pools = pools;
		this.scope = scope;
	}

	/**
	 * One page of the overview of every call, counted from 0 as every list's pages are,
	 * and whether later pages follow.
	 */
	public record CallPage(int page, List<CallLine> lines, boolean more) {
	}

	/**
	 * The calls that have received an application, newest deadline first, a page at a
	 * time, with their figures in all: the authority's overview of how oversubscribed its
	 * calls were. Only the calls whose allocation is complete to anybody else. The page's
	 * calls are chosen first, so a national authority's hundred and fifty thousand calls
	 * cost a page no more than its fifty.
	 */
	@Transactional(readOnly = true)
	public CallPage calls(int page, int size) {
		int shown = Math.max(page, 0);
		List<CallLine> lines = this.jdbc
			.sql("""
					with shown as (
					    select c.id from pool_call c
					    where (:internal or c.allocated_at is not null)
					      and exists (select 1 from application a
					                  where a.call_id = c.id and a.status in ('SUBMITTED', 'DECIDED'))
					    order by c.deadline desc, c.id desc
					    offset :offset rows fetch next :rows rows only)
					select c.id, c.pool_id, p.name as pool_name, c.title, c.amount, c.allocated_at, count(*) as received,
					       sum(a.requested_total) as asked,
					       sum(case when a.decision_outcome in ('GRANTED_IN_FULL', 'GRANTED_IN_PART') then 1 else 0 end) as granted,
					       sum(a.granted_total) as granted_amount
					from shown s join pool_call c on c.id = s.id join pool p on p.id = c.pool_id
					join application a on a.call_id = c.id and a.status in ('SUBMITTED', 'DECIDED')
					group by c.id, c.pool_id, p.name, c.title, c.amount, c.allocated_at, c.deadline
					order by c.deadline desc, c.id desc""")
			.param("internal", this.scope.readsInternal())
			.param("offset", (long) shown * size)
			.param("rows", size + 1)
			.query((rs, n) -> {
				Amount offered = Amount.ofOre(rs.getLong("amount"));
				Figures figures = Figures.of(rs.getInt("received"), Amount.ofOre(rs.getLong("asked")),
						rs.getInt("granted"), Amount.ofOre(rs.getLong("granted_amount")));
				return new CallLine(rs.getLong("id"), rs.getLong("pool_id"), rs.getString("pool_name"),
						rs.getString("title"), offered, figures, oversubscribed(figures, offered),
						rs.getObject("allocated_at") != null);
			})
			.list();
		return new CallPage(shown, lines.subList(0, Math.min(size, lines.size())), lines.size() > size);
	}

	private static @Nullable BigDecimal oversubscribed(Figures figures, Amount offered) {
		return offered.isPositive() ? figures.asked().kroner().divide(offered.kroner(), 1, RoundingMode.HALF_UP) : null;
	}

	/**
	 * The call's statistics, or none while its allocation is not complete and the asker
	 * is not of the authority.
	 */
	@Transactional(readOnly = true)
	public Optional<Statistics> of(long callId) {
		return of(this.pools.call(callId));
	}

	/** The same for a call already read, as the pages that show it have. */
	@Transactional(readOnly = true)
	public Optional<Statistics> of(CallView call) {
		if (call.status() != CallStatus.ALLOCATED && !this.scope.readsInternal()) {
			return Optional.empty();
		}
		return Optional.of(figures("call", "a.call_id = :id", call.id(), call.amount()));
	}

	/**
	 * A pool's statistics: its calls' figures added up, against what its first calls
	 * offered (a re-posting offers again what was left, so it is not counted twice).
	 * Public once every call of the pool is allocated.
	 */
	@Transactional(readOnly = true)
	public Optional<Statistics> ofPool(long poolId) {
		PoolView pool = this.pools.pool(poolId);
		if (pool.calls().isEmpty() || (!this.scope.readsInternal()
				&& pool.calls().stream().anyMatch(c -> c.status() != CallStatus.ALLOCATED))) {
			return Optional.empty();
		}
		return Optional.of(figures("pool", "a.pool_id = :id", poolId, pool.offered()));
	}

	private Statistics figures(String kind, String which, long id, Amount offered) {
		Map<String, Figures> byArea = new LinkedHashMap<>();
		Map<OrganisationType, Figures> byType = new LinkedHashMap<>();
		List<Figures> all = new ArrayList<>();
		this.jdbc
			.sql("""
					select a.content_area_code, o.organisation_type, count(*) as received,
					       sum(a.requested_total) as asked,
					       sum(case when a.decision_outcome in ('GRANTED_IN_FULL', 'GRANTED_IN_PART') then 1 else 0 end) as granted,
					       sum(a.granted_total) as granted_amount
					from application a join organisation o on o.id = a.lead_organisation_id
					where %s and a.status in ('SUBMITTED', 'DECIDED')
					group by a.content_area_code, o.organisation_type
					order by a.content_area_code, o.organisation_type"""
				.formatted(which))
			.param("id", id)
			.query(rs -> {
				Figures figures = Figures.of(rs.getInt("received"), Amount.ofOre(rs.getLong("asked")),
						rs.getInt("granted"), Amount.ofOre(rs.getLong("granted_amount")));
				String area = rs.getString("content_area_code");
				byArea.merge(area == null ? "" : area, figures, Figures::plus);
				byType.merge(OrganisationType.valueOf(rs.getString("organisation_type")), figures, Figures::plus);
				all.add(figures);
			});
		Figures total = all.stream().reduce(Figures.NONE, Figures::plus);
		return new Statistics(kind, id, offered, total, oversubscribed(total, offered), byArea, byType);
	}

}
