package dk.pulje.pools;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.database.DataVersion;
import dk.pulje.database.KeptCounts;
import dk.pulje.database.KeptPerKey;
import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.PoolTargets;
import dk.pulje.money.Amount;
import dk.pulje.money.ApproximateDate;
import dk.pulje.money.DanishTime;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Sets up pools, posts and re-posts their calls, and keeps each call's running sum of
 * what was granted. The applications feature asks it whether a call is open and records
 * each decision's grant through it.
 */
@Service
public class PoolManagement implements PoolTargets {

	public static final Map<String, String> CALL_SORTS = Map.of("deadline", "deadline", "opensAt", "opens_at", "amount",
			"amount", "id", "id");

	private final Pools pools;

	private final Calls calls;

	private final FundingManagement funding;

	private final JdbcClient jdbc;

	private final KeptCounts counts;

	private final Clock clock;

	private final PoolCatalogue catalogue;

	private final KeptPerKey<Long, StoredPool> stored;

	PoolManagement(Pools pools, Calls calls, FundingManagement funding, JdbcClient jdbc, KeptCounts counts, Clock clock,
			PoolCatalogue catalogue, DataVersion version) {
		this.catalogue = catalogue;
		this.stored = new KeptPerKey<>(version, 500);
		this.pools = pools;
		this.calls = calls;
		this.funding = funding;
		this.jdbc = jdbc;
		this.counts = counts;
		this.clock = clock;
	}

	// Pools

	@Override
	public boolean exists(long poolId) {
		return this.pools.existsById(poolId);
	}

	@Transactional(readOnly = true)
	public PoolView pool(long id) {
		StoredPool stored = this.stored.at(id, () -> readPool(id));
		OffsetDateTime now = now();
		PoolStatus status = this.catalogue.status(id, now);
		List<CallView> callViews = stored.calls()
			.stream()
			.map(c -> CallView.of(c, stored.reposted().getOrDefault(c.id(), Amount.ZERO), now))
			.toList();
		return PoolView.of(stored.pool(), status, callViews, stored.appropriated());
	}

	private StoredPool readPool(long id) {
		Pool pool = loadPool(id);
		List<Call> poolCalls = this.calls.findByPoolIdOrderByOpensAtAscIdAsc(id);
		Map<Long, Amount> reposted = repostedFromCalls(poolCalls.stream().map(Call::id).toList());
		return new StoredPool(pool, List.copyOf(poolCalls), Map.copyOf(reposted), this.funding.appropriatedToPool(id));
	}

	/**
	 * A pool as stored, with its calls, what was re-posted from each and what was
	 * appropriated to it. A caseworker's call page shows its pool, and so does each
	 * application's check against the pool's rules; read afresh each time, the pool's
	 * nine tables were half the statements such a page sent.
	 */
	private record StoredPool(Pool pool, List<Call> calls, Map<Long, Amount> reposted, YearlyAmounts appropriated) {
	}

	@Transactional
	public PoolView definePool(PoolRequest request, boolean demo) {
		requireProgramme(request.programmeId());
		Pool pool = Pool.define(request, statedTotal(request), announcement(request), demo);
		return pool(this.pools.save(pool).id());
	}

	@Transactional
	public PoolView changePool(long id, long expectedVersion, PoolRequest request) {
		Pool pool = loadPool(id);
		StaleVersion.check("pool", id, expectedVersion, pool.version());
		requireProgramme(request.programmeId());
		pool.redefine(request, statedTotal(request), announcement(request));
		pool.requireCovers(this.calls.findByPoolIdOrderByOpensAtAscIdAsc(id));
		this.pools.save(pool);
		return pool(id);
	}

	private static @Nullable StatedAmount statedTotal(PoolRequest request) {
		return StatedAmount.fromRequest(request.statedTotal(), request.statedTotalAsWritten());
	}

	private static @Nullable ApproximateDate announcement(PoolRequest request) {
		if (request.announced() == null || request.announced().isBlank()) {
			return null;
		}
		try {
			return ApproximateDate.parseDanish(request.announced(), request.announcedInYear());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("announcement-unreadable", "announced", request.announced());
		}
	}

	private void requireProgramme(@Nullable Long programmeId) {
		if (programmeId != null) {
			try {
				this.funding.programme(programmeId);
			}
			catch (RecordNotFound ex) {
				throw new RuleViolation("programme-unknown", "programmeId", programmeId);
			}
		}
	}

	private Pool loadPool(long id) {
		return this.pools.findById(id).orElseThrow(() -> new RecordNotFound("pool", id));
	}

	// Calls

	@Transactional(readOnly = true)
	public CallView call(long id) {
		Call call = readCall(id);
		return CallView.of(call, repostedFromCalls(List.of(id)).getOrDefault(id, Amount.ZERO), now());
	}

	@Transactional(readOnly = true)
	public PageOf<CallView> calls(@Nullable Long poolId, @Nullable CallKind kind, Paging paging) {
		Where where = new Where().and("pool_id = :pool", "pool", poolId)
			.and("kind = :kind", "kind", kind == null ? null : kind.name());
		long total = this.counts.of(this.jdbc, "select count(*) from pool_call" + where, where.params());
		List<Long> ids = this.jdbc.sql("select id from pool_call" + where + paging.limitClause())
			.params(where.params())
			.query(Long.class)
			.list();
		Map<Long, Call> loaded = CallRows.byId(this.jdbc, ids);
		Map<Long, Amount> reposted = repostedFromCalls(ids);
		OffsetDateTime now = now();
		List<CallView> items = ids.stream()
			.map(id -> CallView.of(Objects.requireNonNull(loaded.get(id)), reposted.getOrDefault(id, Amount.ZERO), now))
			.toList();
		return PageOf.of(items, paging, total);
	}

	/** An open call with the pool it belongs to, as an applicant finds it. */
	public record OpenCall(CallView call, String poolName, Set<OrganisationType> eligibleTypes,
			ApplicationForm applicationForm) {
	}

	/**
	 * The calls open now in pools that organisations of the given types may apply to, the
	 * nearest deadline first.
	 */
	@Transactional(readOnly = true)
	public List<OpenCall> openCalls(Collection<OrganisationType> types) {
		if (types.isEmpty()) {
			return List.of();
		}
		OffsetDateTime now = now();
		List<Long> ids = this.jdbc.sql("""
				select c.id from pool_call c
				where c.opens_at <= :now and c.deadline >= :now and c.allocated_at is null
				  and exists (select 1 from pool_eligibility e where e.pool_id = c.pool_id
				              and e.organisation_type in (:types))
				order by c.deadline, c.id""")
			.param("now", now)
			.param("types", types.stream().map(Enum::name).toList())
			.query(Long.class)
			.list();
		return ids.stream().map(this::call).map(call -> {
			Pool pool = loadPool(call.poolId());
			return new OpenCall(call, pool.name(), pool.eligibleTypes(), pool.applicationForm());
		}).toList();
	}

	@Transactional
	public CallView postCall(long poolId, CallRequest request, boolean demo) {
		Pool pool = loadPool(poolId);
		Integer earmark = request.earmark();
		Amount available = pool.availableToPost(earmark, this.calls.findByPoolIdOrderByOpensAtAscIdAsc(poolId));
		Call call = Call.post(poolId, request.title(), request.amount(), earmark, available,
				DanishTime.at(request.opensAt()), DanishTime.at(request.deadline()), demo);
		long id = this.calls.save(call).id();
		markLatestCall(poolId);
		return call(id);
	}

	/**
	 * Moves a call's opening and deadline (and title) while no decision has been taken on
	 * it.
	 */
	@Transactional
	public CallView rescheduleCall(long callId, long expectedVersion, CallRequest request) {
		Call call = loadCall(callId);
		StaleVersion.check("call", callId, expectedVersion, call.version());
		call.reschedule(request.title(), request.amount(), DanishTime.at(request.opensAt()),
				DanishTime.at(request.deadline()));
		this.calls.save(call);
		markLatestCall(call.poolId());
		return call(callId);
	}

	@Transactional
	public CallView completeAllocation(long callId, @Nullable Long expectedVersion) {
		Call call = this.calls.findLockedById(callId).orElseThrow(() -> new RecordNotFound("call", callId));
		StaleVersion.check("call", callId, expectedVersion, call.version());
		call.completeAllocation(now());
		this.calls.save(call);
		return call(callId);
	}

	@Transactional
	public CallView repost(long callId, @Nullable Long expectedVersion, RepostRequest request, boolean demo) {
		Call origin = this.calls.findLockedById(callId).orElseThrow(() -> new RecordNotFound("call", callId));
		StaleVersion.check("call", callId, expectedVersion, origin.version());
		Amount alreadyReposted = repostedFromCalls(List.of(callId)).getOrDefault(callId, Amount.ZERO);
		Call repost = origin.repost(request.title(), request.amount(), alreadyReposted,
				DanishTime.at(request.opensAt()), DanishTime.at(request.deadline()), demo);
		long id = this.calls.save(repost).id();
		markLatestCall(origin.poolId());
		return call(id);
	}

	/**
	 * Refuses, naming the call's window, when an application would arrive outside it.
	 * @param at when the application arrives (to the second)
	 */
	@Transactional(readOnly = true)
	public void requireOpen(long callId, OffsetDateTime at) {
		readCall(callId).requireOpenAt(at);
	}

	/**
	 * Records a decision's grant on its call. The call's row is held until the caller's
	 * transaction ends, so two decisions on one call are taken one after the other: the
	 * second sees what the first granted, and one that would exceed the offer is refused.
	 */
	@Transactional
	public void recordDecision(long callId, Amount grant) {
		Call call = this.calls.findLockedById(callId).orElseThrow(() -> new RecordNotFound("call", callId));
		call.recordDecision(grant, now());
		this.calls.save(call);
	}

	/**
	 * Marks the pool's call that opens last (the latest posted, on a tie), the one its
	 * status is read from.
	 */
	private void markLatestCall(long poolId) {
		this.jdbc.sql("""
				update pool_call set latest = (id = (select c.id from pool_call c where c.pool_id = :pool
				                                     order by c.opens_at desc, c.id desc fetch first 1 rows only))
				where pool_id = :pool""").param("pool", poolId).update();
	}

	/** What later re-posts offer of each call's remainder. */
	private Map<Long, Amount> repostedFromCalls(List<Long> callIds) {
		Map<Long, Amount> sums = new HashMap<>();
		if (callIds.isEmpty()) {
			return sums;
		}
		this.jdbc
			.sql("select reposted_from_id, sum(amount) as amount from pool_call"
					+ " where reposted_from_id in (:ids) group by reposted_from_id")
			.param("ids", callIds)
			.query(rs -> {
				sums.put(rs.getLong("reposted_from_id"), Amount.ofOre(rs.getLong("amount")));
			});
		return sums;
	}

	private Call loadCall(long id) {
		return this.calls.findById(id).orElseThrow(() -> new RecordNotFound("call", id));
	}

	/** A call to show or check, read from its row ({@link CallRows}); not to be saved. */
	private Call readCall(long id) {
		Call call = CallRows.byId(this.jdbc, List.of(id)).get(id);
		if (call == null) {
			throw new RecordNotFound("call", id);
		}
		return call;
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
