package dk.pulje.dashboard;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;

/**
 * Money by programme and year. Appropriated: appropriations to the programme and to its pools, by fiscal year.
 * Posted: what first calls of its pools offered, by the year the call opened (a re-post offers money already
 * posted, so it is not counted again). Granted: the granted projects' amounts by fiscal year. Left: appropriated
 * less granted.
 */
@Service
class MoneyOverview {

	/** Where the money of pools that belong to no programme is shown. */
	static final long WITHOUT_PROGRAMME = 0;

	private final JdbcClient jdbc;

	MoneyOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One year of a programme's money. */
	public record Year(int year, Amount appropriated, Amount posted, Amount granted) {

		public Amount left() {
			return this.appropriated.minus(this.granted);
		}

		Year plus(Year other) {
			return new Year(this.year, this.appropriated.plus(other.appropriated), this.posted.plus(other.posted),
					this.granted.plus(other.granted));
		}

	}

	/** A programme's money, year by year, and in all; pools of no programme have no name. */
	public record Programme(long id, String name, List<Year> years, Year total) {
	}

	@Transactional(readOnly = true)
	List<Programme> byProgramme() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select id, name from programme order by name, id")
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		Map<Long, Map<Integer, Year>> money = new LinkedHashMap<>();
		this.jdbc.sql("""
				select coalesce(a.programme_id, p.programme_id) as programme_id, a.fiscal_year,
				       sum(a.amount) as total
				from appropriation a left join pool p on p.id = a.pool_id
				group by coalesce(a.programme_id, p.programme_id), a.fiscal_year""")
			.query(rs -> {
				add(money, rs.getObject("programme_id", Long.class), rs.getInt("fiscal_year"),
						new Year(rs.getInt("fiscal_year"), amount(rs.getObject("total")), Amount.ZERO, Amount.ZERO));
			});
		this.jdbc.sql("""
				select p.programme_id, c.opens_at, c.amount
				from pool_call c join pool p on p.id = c.pool_id
				where c.kind = 'FIRST'""")
			.query(rs -> {
				int year = DanishTime.shown(rs.getObject("opens_at", OffsetDateTime.class)).getYear();
				add(money, rs.getObject("programme_id", Long.class), year,
						new Year(year, Amount.ZERO, Amount.ofOre(rs.getLong("amount")), Amount.ZERO));
			});
		this.jdbc.sql("""
				select p.programme_id, y.fiscal_year, sum(y.amount) as total
				from granted_project_year y join granted_project g on g.id = y.granted_project_id
				join pool p on p.id = g.pool_id
				group by p.programme_id, y.fiscal_year""")
			.query(rs -> {
				add(money, rs.getObject("programme_id", Long.class), rs.getInt("fiscal_year"),
						new Year(rs.getInt("fiscal_year"), Amount.ZERO, Amount.ZERO, amount(rs.getObject("total"))));
			});
		names.put(WITHOUT_PROGRAMME, null);
		List<Programme> programmes = new ArrayList<>();
		names.forEach((id, name) -> {
			Map<Integer, Year> years = money.get(id);
			if (years != null) {
				Year total = years.values().stream().reduce(new Year(0, Amount.ZERO, Amount.ZERO, Amount.ZERO),
						Year::plus);
				programmes.add(new Programme(id, name, List.copyOf(years.values()), total));
			}
		});
		return programmes;
	}

	private static void add(Map<Long, Map<Integer, Year>> money, Long programme, int year, Year amounts) {
		money.computeIfAbsent(programme == null ? WITHOUT_PROGRAMME : programme, p -> new TreeMap<>()).merge(year, amounts, Year::plus);
	}

	/** A sum from the database: numeric on PostgreSQL, bigint on H2; always whole øre. */
	private static Amount amount(Object sum) {
		return Amount.ofOre(((Number) sum).longValue());
	}

}
