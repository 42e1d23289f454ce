package dk.pulje.overviews;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.pulje.database.DataVersion;
import dk.pulje.database.KeptAtVersion;
import dk.pulje.database.TablesRead;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;

/**
 * Where the money went, by agreement, programme and year.
 * <ul>
 * <li>Appropriated: the appropriations an agreement made to a programme or to one of its
 * pools, by fiscal year. A pool whose money no agreement records (neither for the pool
 * nor for its programme) counts its own amounts by year, since they are the only record
 * of what was set aside.</li>
 * <li>Posted: what a pool's first calls offered, by the fiscal years of the pool's money
 * they offer: calls take the pool's years in order, the earliest not yet offered first,
 * so a call that opens in the autumn for next year's money counts in next year. What no
 * year of the pool holds counts in the year the call opened. A re-post offers money
 * already posted, so it is not counted again.</li>
 * <li>Granted and paid: the granted projects' grants and payments (net of repayments), by
 * fiscal year.</li>
 * <li>Left: appropriated less granted.</li>
 * </ul>
 * A pool's calls, grants and payments count under the agreement that funds it: the one
 * that appropriated to the pool, else the one that appropriated to its programme (or the
 * programme above). Where no agreement or several do, they are shown as such, never
 * divided by a guess.
 */
@Service
public class MoneyFlows {

	/** Programmes by name, the pools of no programme last. */
	private static final Comparator<Programme> BY_NAME = Comparator.comparing((Programme p) -> p.name() == null)
		.thenComparing(p -> Objects.toString(p.name(), ""));

	private final JdbcClient jdbc;

	private final DataVersion version;

	private final KeptAtVersion<Ledger> ledger = KeptAtVersion.oneAtATime();

	/**
	 * The thread that sums the grants and payments while the ledger reads the pools; it
	 * ends when it has had nothing to do for a minute.
	 */
	private final ThreadPoolExecutor summer = new ThreadPoolExecutor(0, 1, 1, TimeUnit.MINUTES,
			new LinkedBlockingQueue<>(), work -> {
				Thread thread = new Thread(work, "money-ledger");
				thread.setDaemon(true);
				return thread;
			});

	private final TransactionTemplate reading;

	MoneyFlows(JdbcClient jdbc, DataVersion version, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.version = version;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * The figures of one year, or of a total: appropriated, posted in calls, granted (and
	 * of that, what is conditional on a later Finance Act), paid (net of repayments),
	 * spent as approved final accounts show it, claimed back, and repaid.
	 */
	public record Year(int year, Amount appropriated, Amount posted, Amount granted, Amount conditional, Amount paid,
			Amount spent, Amount claimedBack, Amount repaid) {

		static Year zero(int year) {
			return new Year(year, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO,
					Amount.ZERO, Amount.ZERO);
		}

		private static Year of(int year, Money measure, Amount amount) {
			return new Year(year, measure == Money.APPROPRIATED ? amount : Amount.ZERO,
					measure == Money.POSTED ? amount : Amount.ZERO, measure == Money.GRANTED ? amount : Amount.ZERO,
					measure == Money.CONDITIONAL ? amount : Amount.ZERO, measure == Money.PAID ? amount : Amount.ZERO,
					measure == Money.SPENT ? amount : Amount.ZERO, measure == Money.CLAIMED_BACK ? amount : Amount.ZERO,
					measure == Money.REPAID ? amount : Amount.ZERO);
		}

		public Amount left() {
			return this.appropriated.minus(this.granted);
		}

		public Year plus(Year other) {
			return new Year(this.year, this.appropriated.plus(other.appropriated), this.posted.plus(other.posted),
					this.granted.plus(other.granted), this.conditional.plus(other.conditional),
					this.paid.plus(other.paid), this.spent.plus(other.spent), this.claimedBack.plus(other.claimedBack),
					this.repaid.plus(other.repaid));
		}

	}

	/** Which agreement money counts under: one, none recorded, or several at once. */
	public enum Funding {

		AGREEMENT, NO_AGREEMENT, SEVERAL_AGREEMENTS

	}

	/**
	 * A programme's money year by year, and in all; pools of no programme have no id and
	 * no name.
	 */
	public record Programme(Long id, @Nullable String name, List<Year> years, Year total) {
	}

	/**
	 * An agreement's programmes and its total; the agreement's id and name are empty
	 * unless funding is one.
	 */
	public record Agreement(Funding funding, @Nullable Long id, @Nullable String name, List<Programme> programmes,
			@Nullable List<Year> years, Year total) {
	}

	/**
	 * Every agreement with money recorded, in name order, then money of no agreement,
	 * then of several.
	 */
	public List<Agreement> byAgreement() {
		Ledger ledger = ledger();
		Map<Key, Map<Long, Map<Integer, Year>>> grouped = new TreeMap<>(ledger.keyOrder());
		ledger.lines.forEach(line -> grouped.computeIfAbsent(line.key, k -> new LinkedHashMap<>())
			.computeIfAbsent(line.programme, p -> new TreeMap<>())
			.merge(line.money.year(), line.money, Year::plus));
		List<Agreement> agreements = new ArrayList<>();
		grouped.forEach((key, programmes) -> {
			List<Programme> rows = programmes.entrySet()
				.stream()
				.map(e -> programme(e.getKey(), ledger.programmeNames.get(e.getKey()), e.getValue()))
				.sorted(BY_NAME)
				.toList();
			Map<Integer, Year> years = new TreeMap<>();
			rows.forEach(p -> p.years().forEach(y -> years.merge(y.year(), y, Year::plus)));
			agreements.add(new Agreement(key.funding, key.agreement, ledger.agreementNames.get(key.agreement), rows,
					List.copyOf(years.values()), sum(years.values())));
		});
		return agreements;
	}

	/**
	 * Every programme's money, whichever agreements fund it, in name order, then pools of
	 * no programme.
	 */
	public List<Programme> byProgramme() {
		Ledger ledger = ledger();
		Map<Long, Map<Integer, Year>> grouped = new HashMap<>();
		ledger.lines.forEach(line -> grouped.computeIfAbsent(line.programme, p -> new TreeMap<>())
			.merge(line.money.year(), line.money, Year::plus));
		return grouped.entrySet()
			.stream()
			.map(e -> programme(e.getKey(), ledger.programmeNames.get(e.getKey()), e.getValue()))
			.sorted(BY_NAME)
			.toList();
	}

	/** All the money together, year by year. */
	public static List<Year> byYear(List<Programme> programmes) {
		Map<Integer, Year> years = new TreeMap<>();
		programmes.forEach(p -> p.years().forEach(y -> years.merge(y.year(), y, Year::plus)));
		return List.copyOf(years.values());
	}

	private static Programme programme(Long id, @Nullable String name, Map<Integer, Year> years) {
		return new Programme(id, name, List.copyOf(years.values()), sum(years.values()));
	}

	private static Year sum(Iterable<Year> years) {
		Year total = Year.zero(0);
		for (Year year : years) {
			total = total.plus(year);
		}
		return total;
	}

	/**
	 * The agreement a line of money counts under; the id only when funding is one
	 * agreement.
	 */
	private record Key(Funding funding, @Nullable Long agreement) {
	}

	/**
	 * One figure of the ledger: under which agreement, for which programme (or none), in
	 * which year.
	 */
	private record Line(Key key, @Nullable Long programme, Year money) {
	}

	/** Every line of money, with the names the overviews show. */
	private record Ledger(List<Line> lines, Map<Long, String> agreementNames, Map<Long, String> programmeNames) {

		/** Agreements by name, then no agreement, then several. */
		Comparator<Key> keyOrder() {
			return Comparator.comparing(Key::funding)
				.thenComparing(k -> k.agreement() == null ? "" : this.agreementNames.get(k.agreement()))
				.thenComparing(k -> k.agreement() == null ? 0L : k.agreement());
		}

	}

	/**
	 * The ledger as the data is now: read again only when a table it was read from
	 * changed, by one request at a time, and shared by the overviews and dashboards asked
	 * meanwhile. Reading it walks every pool, so a hundred thousand of them take about a
	 * second; it is never older than the data it was read at (see {@link DataVersion}).
	 */
	private Ledger ledger() {
		// The transaction is the reading's own, so that requests waiting for the one that
		// reads hold no connection meanwhile.
		return this.ledger.at(this.version.seen(),
				() -> Objects.requireNonNull(this.reading.execute(status -> read())));
	}

	/**
	 * The ledger's lines summed as they are read: one per agreement, programme and year,
	 * however many pools and calls make them up.
	 */
	private static final class Lines {

		private final Map<Place, Year> sums = new HashMap<>();

		void add(Line line) {
			this.sums.merge(new Place(line.key(), line.programme(), line.money().year()), line.money(), Year::plus);
		}

		List<Line> list() {
			return this.sums.entrySet()
				.stream()
				.map(sum -> new Line(sum.getKey().key(), sum.getKey().programme(), sum.getValue()))
				.toList();
		}

		private record Place(Key key, @Nullable Long programme, int year) {
		}

	}

	private Ledger read() {
		// The grants, payments, accounts and claims are summed by the database on a
		// connection of their own while the pools' years and calls are read here: on two
		// cores the one waits for the database while the other works.
		CompletableFuture<TablesRead.Made<List<Sums>>> summing = CompletableFuture
			.supplyAsync(() -> TablesRead.noting(this::sums), this.summer);
		Map<Long, String> agreementNames = names("select id, name from agreement");
		Map<Long, String> programmeNames = names("select id, name from programme");
		Map<Long, Long> parents = new HashMap<>();
		this.jdbc.sql("select id, parent_id from programme where parent_id is not null").query(rs -> {
			parents.put(rs.getLong("id"), rs.getLong("parent_id"));
		});
		PoolProgrammes pools = poolProgrammes();
		Funders funders = new Funders(parents);
		Lines lines = new Lines();
		this.jdbc.sql("""
				select agreement_id, programme_id, pool_id, fiscal_year, sum(amount) as total
				from appropriation group by agreement_id, programme_id, pool_id, fiscal_year""").query(rs -> {
			long agreement = rs.getLong("agreement_id");
			Long programme = rs.getObject("programme_id", Long.class);
			Long pool = rs.getObject("pool_id", Long.class);
			funders.appropriated(agreement, programme, pool);
			Long target = programme != null ? programme : pool != null ? pools.programmeOf(pool) : null;
			lines.add(new Line(funders.agreement(agreement), target,
					Year.of(rs.getInt("fiscal_year"), Money.APPROPRIATED, amount(rs.getObject("total")))));
		});
		postedAndUnrecorded(pools, funders, lines);
		TablesRead.Made<List<Sums>> summed = join(summing);
		TablesRead.note(summed.tables());
		summed.value().forEach(sums -> sums.addTo(lines, funders, pools));
		return new Ledger(lines.list(), agreementNames, programmeNames);
	}

	/**
	 * What each pool's first calls posted, by year, and the money of pools that no
	 * agreement records. A pool's years and its first calls are read into plain arrays
	 * and grouped by pool here, so that the database need not sort them (at a hundred
	 * thousand pools its sort went to disk, and was a third of the reading); then each
	 * pool's calls, in the order they opened, take from its years.
	 */
	private void postedAndUnrecorded(PoolProgrammes pools, Funders funders, Lines lines) {
		Rows years = new Rows();
		this.jdbc.sql("select pool_id, fiscal_year, amount from pool_year").query(rs -> {
			years.add(pools.indexOf(rs.getLong(1)), rs.getInt(2), rs.getLong(3), 0, 0);
		});
		Rows calls = new Rows();
		this.jdbc.sql("select pool_id, opens_at, id, amount from pool_call where kind = 'FIRST'").query(rs -> {
			OffsetDateTime opens = Objects.requireNonNull(rs.getObject(2, OffsetDateTime.class));
			long opensAt = opens.toEpochSecond() * 1_000_000L + opens.getNano() / 1_000;
			calls.add(pools.indexOf(rs.getLong(1)), DanishTime.shown(opens).getYear(), rs.getLong(4), opensAt,
					rs.getLong(3));
		});
		int[] yearsFrom = years.startsByPool(pools.count());
		int[] yearsInOrder = years.byPool(yearsFrom);
		int[] callsFrom = calls.startsByPool(pools.count());
		int[] callsInOrder = calls.byPool(callsFrom);
		calls.sortEachPoolByOpening(callsFrom, callsInOrder);
		TreeMap<Integer, Amount> unposted = new TreeMap<>();
		for (int at = 0; at < pools.count(); at++) {
			if (yearsFrom[at] == yearsFrom[at + 1] && callsFrom[at] == callsFrom[at + 1]) {
				continue;
			}
			unposted.clear();
			Long programme = pools.programmeAt(at);
			Key key = pools.keyAt(at, funders);
			for (int k = yearsFrom[at]; k < yearsFrom[at + 1]; k++) {
				int row = yearsInOrder[k];
				int year = years.year(row);
				Amount amount = Amount.ofOre(years.amount(row));
				unposted.merge(year, amount, Amount::plus);
				if (key.funding() == Funding.NO_AGREEMENT) {
					lines.add(new Line(key, programme, Year.of(year, Money.APPROPRIATED, amount)));
				}
			}
			for (int k = callsFrom[at]; k < callsFrom[at + 1]; k++) {
				int row = callsInOrder[k];
				postedByYear(Amount.ofOre(calls.amount(row)), unposted, calls.year(row)).forEach(
						(year, posted) -> lines.add(new Line(key, programme, Year.of(year, Money.POSTED, posted))));
			}
		}
	}

	/**
	 * Rows of money by pool, in plain arrays: the place of the pool among the ledger's
	 * pools, a year, an amount in øre, and for a call when it opened and its id.
	 */
	private static final class Rows {

		private int[] pools = new int[1024];

		private int[] years = new int[1024];

		private long[] amounts = new long[1024];

		private long[] opened = new long[1024];

		private long[] ids = new long[1024];

		private int count;

		void add(int pool, int year, long amount, long opens, long id) {
			if (this.count == this.pools.length) {
				int size = this.count * 2;
				this.pools = Arrays.copyOf(this.pools, size);
				this.years = Arrays.copyOf(this.years, size);
				this.amounts = Arrays.copyOf(this.amounts, size);
				this.opened = Arrays.copyOf(this.opened, size);
				this.ids = Arrays.copyOf(this.ids, size);
			}
			this.pools[this.count] = pool;
			this.years[this.count] = year;
			this.amounts[this.count] = amount;
			this.opened[this.count] = opens;
			this.ids[this.count] = id;
			this.count++;
		}

		int year(int row) {
			return this.years[row];
		}

		long amount(int row) {
			return this.amounts[row];
		}

		/**
		 * Where each pool's rows begin among the rows grouped by pool; one more at the
		 * end.
		 */
		int[] startsByPool(int poolCount) {
			int[] starts = new int[poolCount + 1];
			for (int i = 0; i < this.count; i++) {
				starts[this.pools[i] + 1]++;
			}
			for (int at = 0; at < poolCount; at++) {
				starts[at + 1] += starts[at];
			}
			return starts;
		}

		/** The rows grouped by pool, each pool's in the order they were read. */
		int[] byPool(int[] starts) {
			int[] next = Arrays.copyOf(starts, starts.length);
			int[] order = new int[this.count];
			for (int i = 0; i < this.count; i++) {
				order[next[this.pools[i]]++] = i;
			}
			return order;
		}

		/** Puts each pool's calls in the order they opened, and by id when at once. */
		void sortEachPoolByOpening(int[] starts, int[] order) {
			for (int at = 0; at + 1 < starts.length; at++) {
				for (int k = starts[at] + 1; k < starts[at + 1]; k++) {
					int row = order[k];
					int j = k - 1;
					while (j >= starts[at] && opensAfter(order[j], row)) {
						order[j + 1] = order[j];
						j--;
					}
					order[j + 1] = row;
				}
			}
		}

		private boolean opensAfter(int row, int other) {
			return this.opened[row] > this.opened[other]
					|| this.opened[row] == this.opened[other] && this.ids[row] > this.ids[other];
		}

	}

	/** The measures of the ledger, each a column of the overview. */
	private enum Money {

		APPROPRIATED, POSTED, GRANTED, CONDITIONAL, PAID, SPENT, CLAIMED_BACK, REPAID

	}

	/**
	 * The measures the database sums by pool and fiscal year ({@code total}), each with a
	 * part of it that the same query sums ({@code part}) where there is one: two measures
	 * of the same rows come from one pass over them.
	 */
	private static final List<Summing> SUMMED = List.of(new Summing("""
			select g.pool_id, y.fiscal_year, sum(y.amount) as total,
			       sum(case when y.conditional = true then y.amount else 0 end) as part
			from granted_project_year y join granted_project g on g.id = y.granted_project_id
			group by g.pool_id, y.fiscal_year""", Money.GRANTED, Money.CONDITIONAL), new Summing("""
			select g.pool_id, p.fiscal_year,
			       sum(case when p.kind = 'REPAYMENT' then -p.amount else p.amount end) as total,
			       sum(case when p.kind = 'REPAYMENT' then p.amount else 0 end) as part
			from granted_project_payment p join granted_project g on g.id = p.granted_project_id
			group by g.pool_id, p.fiscal_year""", Money.PAID, Money.REPAID), new Summing("""
			select g.pool_id, s.fiscal_year, sum(s.spent) as total
			from project_report_spending s
			join project_report r on r.id = s.project_report_id
			join granted_project g on g.id = r.granted_project_id
			where r.status = 'APPROVED' and r.report_kind = 'FINAL_REPORT'
			group by g.pool_id, s.fiscal_year""", Money.SPENT, null), new Summing("""
			select g.pool_id, c.fiscal_year, sum(c.amount) as total
			from repayment_claim c join granted_project g on g.id = c.granted_project_id
			group by g.pool_id, c.fiscal_year""", Money.CLAIMED_BACK, null));

	/** A query that sums a measure, and maybe a part of it, by pool and fiscal year. */
	private record Summing(String sql, Money measure, @Nullable Money part) {
	}

	/** Every summed measure, as the database gave them. */
	private List<Sums> sums() {
		List<Sums> all = new ArrayList<>();
		for (Summing summing : SUMMED) {
			Sums sums = new Sums(summing);
			this.jdbc.sql(summing.sql()).query(rs -> {
				// pool_id, fiscal_year, total and part, by place.
				sums.add(rs.getLong(1), rs.getInt(2), amount(rs.getBigDecimal(3)).ore(),
						summing.part() == null ? 0 : amount(rs.getBigDecimal(4)).ore());
			});
			all.add(sums);
		}
		return all;
	}

	/**
	 * One measure's sums by pool and year, in plain arrays until the agreements that fund
	 * the pools are known.
	 */
	private static final class Sums {

		private final Summing summing;

		private long[] pools = new long[256];

		private int[] years = new int[256];

		private long[] totals = new long[256];

		private long[] parts = new long[256];

		private int count;

		Sums(Summing summing) {
			this.summing = summing;
		}

		void add(long pool, int year, long total, long part) {
			if (this.count == this.pools.length) {
				int size = this.count * 2;
				this.pools = Arrays.copyOf(this.pools, size);
				this.years = Arrays.copyOf(this.years, size);
				this.totals = Arrays.copyOf(this.totals, size);
				this.parts = Arrays.copyOf(this.parts, size);
			}
			this.pools[this.count] = pool;
			this.years[this.count] = year;
			this.totals[this.count] = total;
			this.parts[this.count] = part;
			this.count++;
		}

		/** Adds the sums to the ledger, under the agreement that funds each pool. */
		void addTo(Lines lines, Funders funders, PoolProgrammes pools) {
			Money part = this.summing.part();
			for (int i = 0; i < this.count; i++) {
				int at = pools.indexOf(this.pools[i]);
				Long programme = pools.programmeAt(at);
				Key key = pools.keyAt(at, funders);
				int year = this.years[i];
				lines
					.add(new Line(key, programme, Year.of(year, this.summing.measure(), Amount.ofOre(this.totals[i]))));
				if (part != null && this.parts[i] != 0) {
					lines.add(new Line(key, programme, Year.of(year, part, Amount.ofOre(this.parts[i]))));
				}
			}
		}

	}

	private static <T> T join(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * A call's amount by the fiscal years of its pool's money it offers: the earliest
	 * years not yet offered first, taking from {@code unposted} what it offers; the rest,
	 * which no year of the pool holds, in the year it opened.
	 */
	static Map<Integer, Amount> postedByYear(Amount offered, TreeMap<Integer, Amount> unposted, int opened) {
		Map<Integer, Amount> byYear = new TreeMap<>();
		Amount rest = offered;
		for (Map.Entry<Integer, Amount> year : unposted.entrySet()) {
			if (!rest.isPositive()) {
				break;
			}
			Amount taken = rest.isGreaterThan(year.getValue()) ? year.getValue() : rest;
			if (taken.isPositive()) {
				byYear.merge(year.getKey(), taken, Amount::plus);
				year.setValue(year.getValue().minus(taken));
				rest = rest.minus(taken);
			}
		}
		if (rest.isPositive()) {
			byYear.merge(opened, rest, Amount::plus);
		}
		return byYear;
	}

	/**
	 * Every pool's programme, in two arrays sorted by pool id: a map of a hundred
	 * thousand boxed ids took ten times the memory.
	 */
	private PoolProgrammes poolProgrammes() {
		PoolProgrammes pools = new PoolProgrammes();
		this.jdbc.sql("select id, programme_id from pool order by id").query(rs -> {
			pools.add(rs.getLong(1), rs.getObject(2, Long.class));
		});
		return pools;
	}

	/**
	 * Pools and their programmes, in two arrays sorted by pool id: a map of a hundred
	 * thousand boxed ids took ten times the memory.
	 */
	private static final class PoolProgrammes {

		private static final long NONE = Long.MIN_VALUE;

		private long[] ids = new long[1024];

		private long[] programmes = new long[1024];

		private int count;

		private @Nullable Key @Nullable [] keys;

		private long lastPool = NONE;

		private int lastAt;

		int count() {
			return this.count;
		}

		/** Adds a pool; pools come in the order of their ids. */
		void add(long pool, @Nullable Long programme) {
			if (this.count == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, this.count * 2);
				this.programmes = Arrays.copyOf(this.programmes, this.count * 2);
			}
			this.ids[this.count] = pool;
			this.programmes[this.count] = programme == null ? NONE : programme;
			this.count++;
		}

		/**
		 * The programme of a pool the ledger read (every row of money names one), or null
		 * for a pool of no programme.
		 */
		@Nullable Long programmeOf(long pool) {
			return programmeAt(indexOf(pool));
		}

		/**
		 * Where a pool the ledger read is kept. Rows of money come a pool at a time, so
		 * the last one asked for is remembered.
		 */
		int indexOf(long pool) {
			if (pool == this.lastPool) {
				return this.lastAt;
			}
			int at = Arrays.binarySearch(this.ids, 0, this.count, pool);
			if (at < 0) {
				throw new IllegalStateException(
						"Money is recorded for pool " + pool + ", which the ledger did not read");
			}
			this.lastPool = pool;
			this.lastAt = at;
			return at;
		}

		@Nullable Long programmeAt(int at) {
			long programme = this.programmes[at];
			return programme == NONE ? null : programme;
		}

		/**
		 * The agreement the money of the pool kept here counts under, worked out once a
		 * pool once every appropriation is noted.
		 */
		Key keyAt(int at, Funders funders) {
			if (this.keys == null) {
				this.keys = new Key[this.count];
			}
			Key key = this.keys[at];
			if (key == null) {
				key = funders.of(this.ids[at], programmeAt(at));
				this.keys[at] = key;
			}
			return key;
		}

	}

	/**
	 * Which agreements fund a pool: those that appropriated to it, else to its programme,
	 * else to the programme above, and so on up. Worked out once per programme; a pool is
	 * remembered only when an agreement appropriated to it directly.
	 */
	private static final class Funders {

		private static final Key NO_AGREEMENT = new Key(Funding.NO_AGREEMENT, null);

		private static final Key SEVERAL = new Key(Funding.SEVERAL_AGREEMENTS, null);

		private final Map<Long, Long> parents;

		private final Map<Long, Key> agreements = new HashMap<>();

		private final Map<Long, Key> ofPool = new HashMap<>();

		private final Map<Long, Set<Long>> ofProgramme = new HashMap<>();

		private final Map<Long, Key> byProgramme = new HashMap<>();

		Funders(Map<Long, Long> parents) {
			this.parents = parents;
		}

		/** Notes an appropriation to a pool or a programme. */
		void appropriated(long agreement, @Nullable Long programme, @Nullable Long pool) {
			if (pool != null) {
				this.ofPool.merge(pool, agreement(agreement), (before, now) -> before.equals(now) ? before : SEVERAL);
			}
			else {
				this.ofProgramme.computeIfAbsent(programme, p -> new HashSet<>()).add(agreement);
			}
		}

		/** The one key of an agreement. */
		Key agreement(long agreement) {
			return this.agreements.computeIfAbsent(agreement, a -> new Key(Funding.AGREEMENT, a));
		}

		/** The agreement a pool's money counts under. */
		Key of(long pool, @Nullable Long programme) {
			Key own = this.ofPool.get(pool);
			if (own != null) {
				return own;
			}
			if (programme == null) {
				return NO_AGREEMENT;
			}
			return this.byProgramme.computeIfAbsent(programme, this::ofProgrammeOrAbove);
		}

		private Key ofProgrammeOrAbove(long start) {
			Set<Long> seen = new TreeSet<>();
			for (Long programme = start; programme != null
					&& seen.add(programme); programme = this.parents.get(programme)) {
				Set<Long> agreements = this.ofProgramme.get(programme);
				if (agreements != null) {
					return agreements.size() == 1 ? agreement(agreements.iterator().next()) : SEVERAL;
				}
			}
			return NO_AGREEMENT;
		}

	}

	private Map<Long, String> names(String sql) {
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql(sql).query(rs -> {
			names.put(rs.getLong("id"), rs.getString("name"));
		});
		return names;
	}

	/**
	 * A sum from the database: numeric on PostgreSQL, bigint on H2; always whole øre,
	 * never cut short.
	 */
	private static Amount amount(Object sum) {
		return amount(new BigDecimal(sum.toString()));
	}

	private static Amount amount(BigDecimal sum) {
		return Amount.ofOre(sum.longValueExact());
	}

}
