package dk.pulje.overviews;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.money.Amount;

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

	private static final String LEDGER = ledgerStatement();

	private final JdbcClient jdbc;

	MoneyFlows(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
	@Transactional(readOnly = true)
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
	@Transactional(readOnly = true)
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
	 * Every line of money, summed by the database in one statement
	 * ({@code overviews/money.sql}): a national authority's hundred thousand pools are
	 * added up where they are, not carried here row by row.
	 */
	private Ledger ledger() {
		Map<Long, String> agreementNames = names("select id, name from agreement");
		Map<Long, String> programmeNames = names("select id, name from programme");
		List<Line> lines = this.jdbc.sql(LEDGER)
			.query((rs, row) -> new Line(
					new Key(Funding.valueOf(rs.getString("funding")), rs.getObject("agreement_id", Long.class)),
					rs.getObject("programme_id", Long.class),
					new Year(rs.getInt("fiscal_year"), amount(rs.getObject("appropriated")),
							amount(rs.getObject("posted")), amount(rs.getObject("granted")),
							amount(rs.getObject("conditional")), amount(rs.getObject("paid")),
							amount(rs.getObject("spent")), amount(rs.getObject("claimed_back")),
							amount(rs.getObject("repaid")))))
			.list();
		return new Ledger(lines, agreementNames, programmeNames);
	}

	private static String ledgerStatement() {
		try (InputStream in = new ClassPathResource("overviews/money.sql").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
		return Amount.ofOre(new BigDecimal(sum.toString()).longValueExact());
	}

}
