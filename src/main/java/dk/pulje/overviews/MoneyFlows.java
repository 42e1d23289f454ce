package dk.pulje.overviews;

import java.math.BigDecimal;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.pulje.database.BulkRows;
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

	/** The largest id that fits beside a row number in one long, to be sorted with it. */
	private static final long MAX_PACKED_KEY = (1L << 31) - 1;

	private final JdbcClient jdbc;

	private final BulkRows rows;

	private final DataVersion version;

	private final KeptAtVersion<Ledger> ledger = KeptAtVersion.oneAtATime();

	private final KeptAtVersion<SetAside> setAside = new KeptAtVersion<>();

	private final KeptAtVersion<List<Sums>> sums = new KeptAtVersion<>();

	/**
	 * The threads that read parts of the ledger at once, each on a connection of its own:
	 * the pools' years and calls while the pools are read, the grants' years and the
	 * payments while the granted projects are, and all that granted while what was set
	 * aside is. On two cores the one waits for the database while the other works. Only
	 * the summing of grants waits for other readers, and they for nothing, so four
	 * threads never stand still. A thread ends when it has had nothing to do for a
	 * minute.
	 */
	private final ThreadPoolExecutor readers = readers();

	private final TransactionTemplate reading;

	private final Sizes sizes = new Sizes();

	/**
	 * The arrays a reading works in and lets go of at its end (the pools' years and first
	 * calls, the granted projects' pools), kept for the next. Made afresh, their ten to
	 * fifteen megabytes outlived the young generation each time and filled the old one,
	 * which at a hundred thousand pools then needed a full collection nearly every
	 * reading. A reading takes them and gives them back; one that finds them taken (by a
	 * reading that failed part way, its other threads still at work) makes its own.
	 */
	private final AtomicReference<@Nullable Rows> spareYears = new AtomicReference<>();

	private final AtomicReference<@Nullable Rows> spareCalls = new AtomicReference<>();

	private final AtomicReference<@Nullable GrantedPools> spareGranted = new AtomicReference<>();

	private static ThreadPoolExecutor readers() {
		ThreadPoolExecutor readers = new ThreadPoolExecutor(4, 4, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
				work -> {
					Thread thread = new Thread(work, "money-ledger");
					thread.setDaemon(true);
					return thread;
				});
		readers.allowCoreThreadTimeOut(true);
		return readers;
	}

	MoneyFlows(JdbcClient jdbc, BulkRows rows, DataVersion version, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.rows = rows;
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
	 * The ledger as the data is now: made again only when a table it was read from
	 * changed, by one request at a time, and shared by the overviews and dashboards asked
	 * meanwhile. It is made of two parts, each kept until its own tables change: what was
	 * set aside and posted (agreements, programmes, pools, their years and calls), and
	 * what was granted, paid, spent and claimed back. A grant or a payment reads the
	 * second again and not the first. Neither is ever older than the data it was read at
	 * (see {@link DataVersion}).
	 */
	private Ledger ledger() {
		DataVersion.Seen seen = this.version.seen();
		return this.ledger.at(seen, () -> read(seen));
	}

	private Ledger read(DataVersion.Seen seen) {
		CompletableFuture<TablesRead.Made<List<Sums>>> summing = elsewhere(
				() -> this.sums.at(seen, () -> inTransaction(this::sums)));
		SetAside setAside = this.setAside.at(seen, () -> inTransaction(this::readSetAside));
		List<Sums> summed = joined(summing);
		Lines lines = setAside.lines().copy();
		summed.forEach(sums -> sums.addTo(lines, setAside.pools()));
		return new Ledger(lines.list(), setAside.agreementNames(), setAside.programmeNames());
	}

	/**
	 * Reads on one of the readers' threads, noting the tables it reads for the thread
	 * that joins it.
	 */
	private <T> CompletableFuture<TablesRead.Made<T>> elsewhere(Supplier<T> read) {
		return CompletableFuture.supplyAsync(() -> TablesRead.noting(read), this.readers);
	}

	/** Reads elsewhere, in a transaction of the reading's own there. */
	private <T> CompletableFuture<TablesRead.Made<T>> inTransactionElsewhere(Supplier<T> read) {
		return elsewhere(() -> inTransaction(read));
	}

	/** What was read elsewhere, its tables noted as read on this thread. */
	private static <T> T joined(CompletableFuture<TablesRead.Made<T>> reading) {
		TablesRead.Made<T> made = join(reading);
		TablesRead.note(made.tables());
		return made.value();
	}

	/**
	 * Reads in a transaction of the reading's own: the rows stream (COPY's binary rows on
	 * PostgreSQL, see {@link BulkRows}), so that hundreds of thousands are never held at
	 * once; and requests waiting for the ledger hold no connection meanwhile.
	 */
	private <T> T inTransaction(Supplier<T> read) {
		return Objects.requireNonNull(this.reading.execute(status -> read.get()));
	}

	/**
	 * What was set aside and posted: every pool with the agreement its money counts
	 * under, and the lines of appropriated and posted money.
	 */
	private record SetAside(PoolProgrammes pools, Lines lines, Map<Long, String> agreementNames,
			Map<Long, String> programmeNames) {
	}

	/**
	 * The ledger's lines summed as they are added, in øre by measure: one per agreement,
	 * programme and year, however many pools, calls and grants make them up.
	 */
	private static final class Lines {

		private static final int MEASURES = Money.values().length;

		private final Map<Place, long[]> sums;

		/**
		 * The line added to last: a pool's figures come one after another, so most adds
		 * find their line without looking it up.
		 */
		private @Nullable Place last;

		private long @Nullable [] lastMeasures;

		Lines() {
			this(new HashMap<>());
		}

		private Lines(Map<Place, long[]> sums) {
			this.sums = sums;
		}

		void add(Key key, @Nullable Long programme, int year, Money measure, long ore) {
			Place last = this.last;
			long[] measures = this.lastMeasures;
			if (last == null || measures == null || last.year() != year || !last.key().equals(key)
					|| !Objects.equals(last.programme(), programme)) {
				last = new Place(key, programme, year);
				measures = this.sums.computeIfAbsent(last, place -> new long[MEASURES]);
				this.last = last;
				this.lastMeasures = measures;
			}
			measures[measure.ordinal()] = Math.addExact(measures[measure.ordinal()], ore);
		}

		/** Lines of their own, to add to without changing these. */
		Lines copy() {
			Map<Place, long[]> copied = new HashMap<>(this.sums.size() * 2);
			this.sums.forEach((place, measures) -> copied.put(place, measures.clone()));
			return new Lines(copied);
		}

		List<Line> list() {
			return this.sums.entrySet().stream().map(sum -> {
				Place place = sum.getKey();
				long[] ore = sum.getValue();
				Year year = new Year(place.year(), of(ore, Money.APPROPRIATED), of(ore, Money.POSTED),
						of(ore, Money.GRANTED), of(ore, Money.CONDITIONAL), of(ore, Money.PAID), of(ore, Money.SPENT),
						of(ore, Money.CLAIMED_BACK), of(ore, Money.REPAID));
				return new Line(place.key(), place.programme(), year);
			}).toList();
		}

		private static Amount of(long[] ore, Money measure) {
			return Amount.ofOre(ore[measure.ordinal()]);
		}

		private record Place(Key key, @Nullable Long programme, int year) {
		}

	}

	private SetAside readSetAside() {
		CompletableFuture<TablesRead.Made<Rows>> years = inTransactionElsewhere(this::poolYears);
		CompletableFuture<TablesRead.Made<Rows>> calls = inTransactionElsewhere(this::firstCalls);
		Map<Long, String> agreementNames = names("select id, name from agreement");
		Map<Long, String> programmeNames = names("select id, name from programme");
		Map<Long, Long> parents = new HashMap<>();
		this.jdbc.sql("select id, parent_id from programme where parent_id is not null").query(rs -> {
			parents.put(rs.getLong("id"), rs.getLong("parent_id"));
		});
		PoolProgrammes pools = poolProgrammes();
		Funders funders = new Funders(parents);
		Lines lines = new Lines();
		record Appropriation(long agreement, @Nullable Long programme, @Nullable Long pool, int year, long total) {
		}
		List<Appropriation> appropriations = new ArrayList<>();
		this.jdbc.sql("""
				select agreement_id, programme_id, pool_id, fiscal_year, sum(amount) as total
				from appropriation group by agreement_id, programme_id, pool_id, fiscal_year""").query(rs -> {
			Appropriation appropriation = new Appropriation(rs.getLong("agreement_id"),
					rs.getObject("programme_id", Long.class), rs.getObject("pool_id", Long.class),
					rs.getInt("fiscal_year"), amount(rs.getObject("total")).ore());
			funders.appropriated(appropriation.agreement(), appropriation.programme(), appropriation.pool());
			appropriations.add(appropriation);
		});
		pools.fundedBy(funders);
		for (Appropriation appropriation : appropriations) {
			Long target = appropriation.programme();
			if (appropriation.pool() != null) {
				int at = pools.indexOf(appropriation.pool());
				if (at < 0) {
					// A pool made after the pools were read counts from the next reading.
					continue;
				}
				target = target != null ? target : pools.programmeAt(at);
			}
			lines.add(funders.agreement(appropriation.agreement()), target, appropriation.year(), Money.APPROPRIATED,
					appropriation.total());
		}
		Rows yearsRead = joined(years);
		Rows callsRead = joined(calls);
		postedAndUnrecorded(pools, yearsRead, callsRead, lines);
		given(this.spareYears, yearsRead);
		given(this.spareCalls, callsRead);
		return new SetAside(pools, lines, agreementNames, programmeNames);
	}

	/**
	 * Every pool's years, read as they are: grouped by pool here, so that the database
	 * need not sort them (at a hundred thousand pools its sort went to disk, and was a
	 * third of the reading).
	 */
	private Rows poolYears() {
		Rows years = taken(this.spareYears, () -> Rows.ofYears(Sizes.FIRST));
		this.rows.forEachRow("select pool_id, fiscal_year, amount from pool_year",
				row -> years.add(row.getLong(1), row.getInt(2), row.getLong(3)));
		return years;
	}

	/** Every pool's first calls: what each offered, and when it opened. */
	private Rows firstCalls() {
		Rows calls = taken(this.spareCalls, () -> Rows.ofCalls(Sizes.FIRST));
		this.rows.forEachRow("select pool_id, opens_at, id, amount from pool_call where kind = 'FIRST'", row -> {
			long opensAt = row.getEpochMicros(2);
			calls.addCall(row.getLong(1), DanishTime.yearAt(Math.floorDiv(opensAt, 1_000_000L)), row.getLong(4),
					opensAt, row.getLong(3));
		});
		return calls;
	}

	/**
	 * What each pool's first calls posted, by year, and the money of pools that no
	 * agreement records. The pools' years and first calls are read on threads of their
	 * own while the pools are, into plain arrays; here each pool's calls, in the order
	 * they opened, take from its years. A year or a call of a pool made after the pools
	 * were read counts from the next reading.
	 */
	private static void postedAndUnrecorded(PoolProgrammes pools, Rows years, Rows calls, Lines lines) {
		years.placeIn(pools);
		calls.placeIn(pools);
		int[] yearsFrom = years.startsByPool(pools.count());
		int[] yearsInOrder = years.byPool(yearsFrom);
		int[] callsFrom = calls.startsByPool(pools.count());
		int[] callsInOrder = calls.byPool(callsFrom);
		calls.sortEachPoolByOpening(callsFrom, callsInOrder);
		Unposted unposted = new Unposted();
		for (int at = 0; at < pools.count(); at++) {
			if (yearsFrom[at] == yearsFrom[at + 1] && callsFrom[at] == callsFrom[at + 1]) {
				continue;
			}
			unposted.clear();
			Long programme = pools.programmeAt(at);
			Key key = pools.keyAt(at);
			for (int k = yearsFrom[at]; k < yearsFrom[at + 1]; k++) {
				int row = yearsInOrder[k];
				unposted.add(years.year(row), years.amount(row));
				if (key.funding() == Funding.NO_AGREEMENT) {
					lines.add(key, programme, years.year(row), Money.APPROPRIATED, years.amount(row));
				}
			}
			for (int k = callsFrom[at]; k < callsFrom[at + 1]; k++) {
				int row = callsInOrder[k];
				unposted.post(calls.amount(row), calls.year(row), lines, key, programme);
			}
		}
	}

	/**
	 * One pool's money by fiscal year that its calls have not yet offered, in year order.
	 * A pool has a year or a few, so plain arrays read in order serve; a map of boxed
	 * years and amounts made most of what the ledger's reading left to collect.
	 */
	private static final class Unposted {

		private int[] years = new int[8];

		private long[] ore = new long[8];

		private int count;

		void clear() {
			this.count = 0;
		}

		void add(int year, long amount) {
			int at = 0;
			while (at < this.count && this.years[at] < year) {
				at++;
			}
			if (at < this.count && this.years[at] == year) {
				this.ore[at] = Math.addExact(this.ore[at], amount);
				return;
			}
			if (this.count == this.years.length) {
				this.years = Arrays.copyOf(this.years, this.count * 2);
				this.ore = Arrays.copyOf(this.ore, this.count * 2);
			}
			System.arraycopy(this.years, at, this.years, at + 1, this.count - at);
			System.arraycopy(this.ore, at, this.ore, at + 1, this.count - at);
			this.years[at] = year;
			this.ore[at] = amount;
			this.count++;
		}

		/**
		 * A call's amount as posted by the fiscal years of its pool's money it offers:
		 * the earliest years not yet offered first, taking what it offers from them; the
		 * rest, which no year of the pool holds, in the year it opened.
		 */
		void post(long offered, int opened, Lines lines, Key key, @Nullable Long programme) {
			long rest = offered;
			for (int at = 0; at < this.count && rest > 0; at++) {
				long taken = Math.min(rest, this.ore[at]);
				if (taken > 0) {
					lines.add(key, programme, this.years[at], Money.POSTED, taken);
					this.ore[at] -= taken;
					rest -= taken;
				}
			}
			if (rest > 0) {
				lines.add(key, programme, opened, Money.POSTED, rest);
			}
		}

	}

	/**
	 * How many rows each table gave the last reading, for the arrays a reading keeps (the
	 * pools, the grants' years, the payments): the next one makes them about that size at
	 * once. Doubled as the rows came, the arrays were copied a dozen times, and the
	 * copies outlived the young generation. The arrays a reading only works in are kept
	 * whole for the next instead.
	 */
	private static final class Sizes {

		private static final int FIRST = 1024;

		private final Map<String, Integer> last = new ConcurrentHashMap<>();

		/**
		 * The rows the table gave last time, and a sixteenth more for those added since.
		 */
		int expected(String table) {
			return roomFor(this.last.getOrDefault(table, FIRST));
		}

		void read(String table, int count) {
			this.last.put(table, count);
		}

	}

	/**
	 * Rows of money by pool, in plain arrays: the place of the pool among the ledger's
	 * pools, a year, an amount in øre, and for a call when it opened and its id.
	 */
	private static final class Rows implements Reusable {

		private long[] poolIds;

		/** Where each row's pool is among the ledger's pools, once placed. */
		private int[] pools = new int[0];

		private int[] years;

		private long[] amounts;

		private long @Nullable [] opened;

		private long @Nullable [] ids;

		private int count;

		private Rows(int expected) {
			this.poolIds = new long[expected];
			this.years = new int[expected];
			this.amounts = new long[expected];
		}

		/** Rows of a pool's years. */
		static Rows ofYears(int expected) {
			return new Rows(expected);
		}

		/** Rows of calls, which also tell when each opened and its id. */
		static Rows ofCalls(int expected) {
			Rows rows = new Rows(expected);
			rows.opened = new long[expected];
			rows.ids = new long[expected];
			return rows;
		}

		int count() {
			return this.count;
		}

		@Override
		public void clear() {
			this.count = 0;
		}

		@Override
		public void fit() {
			int size = roomFor(this.count);
			if (this.poolIds.length <= size) {
				return;
			}
			this.poolIds = Arrays.copyOf(this.poolIds, size);
			this.pools = Arrays.copyOf(this.pools, Math.min(this.pools.length, size));
			this.years = Arrays.copyOf(this.years, size);
			this.amounts = Arrays.copyOf(this.amounts, size);
			if (this.opened != null && this.ids != null) {
				this.opened = Arrays.copyOf(this.opened, size);
				this.ids = Arrays.copyOf(this.ids, size);
			}
		}

		void add(long pool, int year, long amount) {
			if (this.count == this.poolIds.length) {
				int size = this.count * 2;
				this.poolIds = Arrays.copyOf(this.poolIds, size);
				this.years = Arrays.copyOf(this.years, size);
				this.amounts = Arrays.copyOf(this.amounts, size);
				if (this.opened != null && this.ids != null) {
					this.opened = Arrays.copyOf(this.opened, size);
					this.ids = Arrays.copyOf(this.ids, size);
				}
			}
			this.poolIds[this.count] = pool;
			this.years[this.count] = year;
			this.amounts[this.count] = amount;
			this.count++;
		}

		void addCall(long pool, int year, long amount, long opens, long id) {
			add(pool, year, amount);
			Objects.requireNonNull(this.opened)[this.count - 1] = opens;
			Objects.requireNonNull(this.ids)[this.count - 1] = id;
		}

		int year(int row) {
			return this.years[row];
		}

		long amount(int row) {
			return this.amounts[row];
		}

		/**
		 * Finds each row's pool among the ledger's; a row of a pool it does not hold is
		 * left out.
		 */
		void placeIn(PoolProgrammes ledgerPools) {
			PoolProgrammes.Finder finder = ledgerPools.finder();
			if (this.pools.length < this.count) {
				this.pools = new int[this.poolIds.length];
			}
			for (int i = 0; i < this.count; i++) {
				this.pools[i] = finder.indexOf(this.poolIds[i]);
			}
		}

		/**
		 * Where each pool's rows begin among the rows grouped by pool; one more at the
		 * end.
		 */
		int[] startsByPool(int poolCount) {
			int[] starts = new int[poolCount + 1];
			for (int i = 0; i < this.count; i++) {
				if (this.pools[i] >= 0) {
					starts[this.pools[i] + 1]++;
				}
			}
			for (int at = 0; at < poolCount; at++) {
				starts[at + 1] += starts[at];
			}
			return starts;
		}

		/** The rows grouped by pool, each pool's in the order they were read. */
		int[] byPool(int[] starts) {
			int[] next = Arrays.copyOf(starts, starts.length);
			int[] order = new int[starts[starts.length - 1]];
			for (int i = 0; i < this.count; i++) {
				if (this.pools[i] >= 0) {
					order[next[this.pools[i]]++] = i;
				}
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
			long[] opened = Objects.requireNonNull(this.opened);
			long[] ids = Objects.requireNonNull(this.ids);
			return opened[row] > opened[other] || opened[row] == opened[other] && ids[row] > ids[other];
		}

	}

	/** The measures of the ledger, each a column of the overview. */
	private enum Money {

		APPROPRIATED, POSTED, GRANTED, CONDITIONAL, PAID, SPENT, CLAIMED_BACK, REPAID

	}

	/** The measures the database sums by pool and fiscal year ({@code total}). */
	private static final List<Summing> SUMMED = List.of(new Summing("""
			select g.pool_id, s.fiscal_year, sum(s.spent) as total
			from project_report_spending s
			join project_report r on r.id = s.project_report_id
			join granted_project g on g.id = r.granted_project_id
			where r.status = 'APPROVED' and r.report_kind = 'FINAL_REPORT'
			group by g.pool_id, s.fiscal_year""", Money.SPENT), new Summing("""
			select g.pool_id, c.fiscal_year, sum(c.amount) as total
			from repayment_claim c join granted_project g on g.id = c.granted_project_id
			group by g.pool_id, c.fiscal_year""", Money.CLAIMED_BACK));

	/** A query that sums a measure by pool and fiscal year. */
	private record Summing(String sql, Money measure) {
	}

	/**
	 * Every measure of the money granted, paid, spent and claimed back. The grants' years
	 * and the payments, a row for each of the granted projects, are read as they are and
	 * given their pool here: summed in the database, the join and the grouping of a
	 * hundred and fifty thousand rows took it more than twice as long as sending them.
	 */
	private List<Sums> sums() {
		CompletableFuture<TablesRead.Made<Sums>> grants = inTransactionElsewhere(this::grantYears);
		CompletableFuture<TablesRead.Made<Sums>> payments = inTransactionElsewhere(this::payments);
		GrantedPools granted = taken(this.spareGranted, () -> new GrantedPools(Sizes.FIRST));
		this.rows.forEachRow("select id, pool_id from granted_project",
				row -> granted.add(row.getLong(1), row.getLong(2)));
		granted.sortById();
		List<Sums> all = new ArrayList<>(
				List.of(joined(grants).ofProjectsIn(granted), joined(payments).ofProjectsIn(granted)));
		given(this.spareGranted, granted);
		for (Summing summing : SUMMED) {
			Sums sums = new Sums(summing.measure(), null, 256);
			this.jdbc.sql(summing.sql()).query(rs -> {
				// pool_id, fiscal_year and total, by place.
				sums.add(rs.getLong(1), rs.getInt(2), amount(rs.getBigDecimal(3)).ore(), 0);
			});
			all.add(sums);
		}
		return all.stream().map(Sums::trimmed).toList();
	}

	/**
	 * What each granted project was granted by year, and how much of it is conditional,
	 * by project until {@link Sums#ofProjectsIn} finds their pools.
	 */
	private Sums grantYears() {
		Sums grants = new Sums(Money.GRANTED, Money.CONDITIONAL, this.sizes.expected("granted_project_year"));
		this.rows.forEachRow("select granted_project_id, fiscal_year, amount, conditional from granted_project_year",
				row -> {
					long amount = row.getLong(3);
					grants.add(row.getLong(1), row.getInt(2), amount, row.getBoolean(4) ? amount : 0);
				});
		this.sizes.read("granted_project_year", grants.count());
		return grants;
	}

	/**
	 * What was paid to each granted project by year, net of repayments, and what was
	 * repaid, by project until {@link Sums#ofProjectsIn} finds their pools.
	 */
	private Sums payments() {
		Sums payments = new Sums(Money.PAID, Money.REPAID, this.sizes.expected("granted_project_payment"));
		this.rows.forEachRow("select granted_project_id, fiscal_year, kind, amount from granted_project_payment",
				row -> {
					long amount = row.getLong(4);
					boolean repaid = "REPAYMENT".equals(row.getString(3));
					payments.add(row.getLong(1), row.getInt(2), repaid ? -amount : amount, repaid ? amount : 0);
				});
		this.sizes.read("granted_project_payment", payments.count());
		return payments;
	}

	/** The pool of each granted project, in two arrays sorted by the project's id. */
	private static final class GrantedPools implements Reusable {

		private long[] projects;

		private long[] pools;

		private int count;

		private final IdPlaces places = new IdPlaces();

		GrantedPools(int expected) {
			this.projects = new long[expected];
			this.pools = new long[expected];
		}

		@Override
		public void clear() {
			this.count = 0;
		}

		@Override
		public void fit() {
			int size = roomFor(this.count);
			if (this.projects.length > size) {
				this.projects = Arrays.copyOf(this.projects, size);
				this.pools = Arrays.copyOf(this.pools, size);
			}
		}

		int count() {
			return this.count;
		}

		void add(long project, long pool) {
			if (this.count == this.projects.length) {
				this.projects = Arrays.copyOf(this.projects, this.count * 2);
				this.pools = Arrays.copyOf(this.pools, this.count * 2);
			}
			this.projects[this.count] = project;
			this.pools[this.count] = pool;
			this.count++;
		}

		void sortById() {
			sortByKey(this.projects, this.pools, this.count);
			this.places.index(this.projects, this.count);
		}

		/** The pool of a project read. */
		long poolOf(long project) {
			int at = this.places.of(this.projects, this.count, project);
			// Money of a project granted after its projects were read counts from the
			// next reading of a later version.
			return at < 0 ? PoolProgrammes.NONE : this.pools[at];
		}

	}

	/**
	 * One measure's rows by pool and year, each with a part of it where there is one
	 * (what of a grant is conditional, what of the payments was repaid), in plain arrays
	 * until the agreements that fund the pools are known.
	 */
	private static final class Sums {

		private final Money measure;

		private final @Nullable Money part;

		private long[] pools;

		private int[] years;

		private long[] totals;

		private long[] parts;

		private int count;

		Sums(Money measure, @Nullable Money part, int expected) {
			this.measure = measure;
			this.part = part;
			this.pools = new long[expected];
			this.years = new int[expected];
			this.totals = new long[expected];
			this.parts = new long[expected];
		}

		int count() {
			return this.count;
		}

		/**
		 * These sums, read by granted project, with each project's pool in its place.
		 */
		Sums ofProjectsIn(GrantedPools granted) {
			for (int i = 0; i < this.count; i++) {
				this.pools[i] = granted.poolOf(this.pools[i]);
			}
			return this;
		}

		/**
		 * Lets go of the room left for more, once every row is read: the sums are kept.
		 */
		Sums trimmed() {
			if (roomy(this.pools.length, this.count)) {
				this.pools = Arrays.copyOf(this.pools, this.count);
				this.years = Arrays.copyOf(this.years, this.count);
				this.totals = Arrays.copyOf(this.totals, this.count);
				this.parts = Arrays.copyOf(this.parts, this.count);
			}
			return this;
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

		/**
		 * Adds the rows to the ledger, under the agreement that funds each pool. Rows of
		 * a pool that was not read, made after the pools were, count from the next
		 * reading.
		 */
		void addTo(Lines lines, PoolProgrammes pools) {
			Money part = this.part;
			PoolProgrammes.Finder finder = pools.finder();
			for (int i = 0; i < this.count; i++) {
				int at = finder.indexOf(this.pools[i]);
				if (at < 0) {
					continue;
				}
				Long programme = pools.programmeAt(at);
				Key key = pools.keyAt(at);
				lines.add(key, programme, this.years[i], this.measure, this.totals[i]);
				if (part != null && this.parts[i] != 0) {
					lines.add(key, programme, this.years[i], part, this.parts[i]);
				}
			}
		}

	}

	/**
	 * Sorts the first {@code count} keys, and the values beside them with them. Rows read
	 * in the order they are stored mostly come sorted by id already; read by id, the
	 * database walked an index and the table both, and took twice as long.
	 */
	private static void sortByKey(long[] keys, long[] values, int count) {
		boolean sorted = true;
		for (int i = 1; i < count && sorted; i++) {
			sorted = keys[i - 1] < keys[i];
		}
		if (sorted) {
			return;
		}
		boolean small = true;
		for (int i = 0; i < count && small; i++) {
			small = keys[i] >= 0 && keys[i] <= MAX_PACKED_KEY;
		}
		long[] sortedValues = new long[count];
		if (small) {
			// Each key with its row in one long, sorted as plain numbers: no boxed rows.
			long[] packed = new long[count];
			for (int i = 0; i < count; i++) {
				packed[i] = keys[i] << 32 | i;
			}
			Arrays.sort(packed);
			for (int i = 0; i < count; i++) {
				int row = (int) (packed[i] & 0xffffffffL);
				keys[i] = packed[i] >>> 32;
				sortedValues[i] = values[row];
			}
		}
		else {
			Integer[] order = new Integer[count];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order, Comparator.comparingLong(i -> keys[i]));
			long[] sortedKeys = new long[count];
			for (int i = 0; i < count; i++) {
				sortedKeys[i] = keys[order[i]];
				sortedValues[i] = values[order[i]];
			}
			System.arraycopy(sortedKeys, 0, keys, 0, count);
		}
		System.arraycopy(sortedValues, 0, values, 0, count);
	}

	/**
	 * Whether arrays kept with this many rows hold enough room to be worth copying
	 * smaller: more than an eighth. Made at the size the last reading found, they have
	 * little.
	 */
	private static boolean roomy(int length, int count) {
		return length - count > length / 8;
	}

	/** The spare one, emptied, if there is one; else one made. */
	private static <T extends Reusable> T taken(AtomicReference<@Nullable T> spare, Supplier<T> made) {
		T kept = spare.getAndSet(null);
		if (kept == null) {
			return made.get();
		}
		kept.clear();
		return kept;
	}

	/** Arrays of rows that can be emptied and filled again. */
	private interface Reusable {

		void clear();

		/**
		 * Lets go of the room beyond the rows just read and a sixteenth more: grown by
		 * doubling, up to nearly half of it was empty, and it is kept for good.
		 */
		void fit();

	}

	/** Gives arrays back to be reused, at the size they will need. */
	private static <T extends Reusable> void given(AtomicReference<@Nullable T> spare, T arrays) {
		arrays.fit();
		spare.set(arrays);
	}

	/** Room for this many rows and a sixteenth more, for those added since. */
	private static int roomFor(int count) {
		return (int) Math.min(Integer.MAX_VALUE - 8, count + count / 16L + 16);
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
	 * Every pool's programme, in two arrays sorted by pool id: a map of a hundred
	 * thousand boxed ids took ten times the memory.
	 */
	private PoolProgrammes poolProgrammes() {
		PoolProgrammes pools = new PoolProgrammes(this.sizes.expected("pool"));
		this.rows.forEachRow("select id, programme_id from pool",
				row -> pools.add(row.getLong(1), row.isNull(2) ? null : row.getLong(2)));
		this.sizes.read("pool", pools.count());
		pools.sortById();
		return pools;
	}

	/**
	 * Pools, their programmes and the agreement each one's money counts under, in arrays
	 * sorted by pool id: a map of a hundred thousand boxed ids took ten times the memory.
	 * Once read it is not changed, and the ledgers made later share it.
	 */
	private static final class PoolProgrammes {

		static final long NONE = Long.MIN_VALUE;

		private long[] ids;

		private long[] programmes;

		private int count;

		private Key[] keys = new Key[0];

		private final IdPlaces places = new IdPlaces();

		PoolProgrammes(int expected) {
			this.ids = new long[expected];
			this.programmes = new long[expected];
		}

		int count() {
			return this.count;
		}

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
		 * Puts the pools in the order of their ids once all are read, and lets go of the
		 * room left for more: they are kept.
		 */
		void sortById() {
			sortByKey(this.ids, this.programmes, this.count);
			if (roomy(this.ids.length, this.count)) {
				this.ids = Arrays.copyOf(this.ids, this.count);
				this.programmes = Arrays.copyOf(this.programmes, this.count);
			}
			this.places.index(this.ids, this.count);
		}

		/**
		 * Notes the agreement each pool's money counts under, once every appropriation
		 * is.
		 */
		void fundedBy(Funders funders) {
			this.keys = new Key[this.count];
			for (int at = 0; at < this.count; at++) {
				this.keys[at] = funders.of(this.ids[at], programmeAt(at));
			}
		}

		/** Where a pool is kept, or less than zero for one not read. */
		int indexOf(long pool) {
			return this.places.of(this.ids, this.count, pool);
		}

		@Nullable Long programmeAt(int at) {
			long programme = this.programmes[at];
			return programme == NONE ? null : programme;
		}

		Key keyAt(int at) {
			return this.keys[at];
		}

		/** Finds the pools of rows that come a pool at a time. */
		Finder finder() {
			return new Finder();
		}

		/** Finds pools, trying the last one asked for first. */
		final class Finder {

			private long lastPool = NONE;

			private int lastAt = -1;

			/**
			 * Where a pool is kept, or less than zero for one made after the pools were
			 * read, whose money counts from the next reading.
			 */
			int indexOf(long pool) {
				if (pool != this.lastPool) {
					this.lastPool = pool;
					this.lastAt = PoolProgrammes.this.indexOf(pool);
				}
				return this.lastAt;
			}

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
