package dk.pulje.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.applications.CallStatistics;
import dk.pulje.database.DataVersion;
import dk.pulje.database.KeptAtVersion;
import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.money.Amount;
import dk.pulje.money.TotalCheck;
import dk.pulje.overviews.MoneyFlows;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.web.Pages;

/**
 * The dashboard: the money by programme and year as tables, all programmes together by
 * year as a chart (drawn as SVG on the server, with the same figures in a table beside
 * it), and the stated totals that disagree with their parts, where they occur.
 */
@Controller
class DashboardPage implements Pages {

	/** The chart's drawing height in pixels; the tallest bar fills it. */
	private static final int CHART_HEIGHT = 160;

	/**
	 * The room a year takes on the chart: four bars of 20 pixels and the gaps between
	 * them.
	 */
	private static final int YEAR_WIDTH = 112;

	private final MoneyFlows money;

	private final FundingManagement funding;

	private final PoolManagement pools;

	private final JdbcClient jdbc;

	private final CallStatistics statistics;

	private final ProgrammeTables programmeTables;

	private final KeptAtVersion<List<Warning>> keptWarnings = new KeptAtVersion<>();

	DashboardPage(MoneyFlows money, FundingManagement funding, PoolManagement pools, JdbcClient jdbc,
			CallStatistics statistics, ProgrammeTables programmeTables) {
		this.statistics = statistics;
		this.programmeTables = programmeTables;
		this.money = money;
		this.funding = funding;
		this.pools = pools;
		this.jdbc = jdbc;
	}

	/** A stated total that disagrees with its parts, and where. */
	public record Warning(@Nullable String where, @Nullable String link, TotalCheck check) {
	}

	/** One bar of the chart: what it shows, its height and where it stands. */
	public record Bar(String kind, Amount amount, int x, int height) {
	}

	/** A year of the chart: its label's place and its four bars. */
	public record ChartYear(int year, int x, List<Bar> bars) {
	}

	/** The calls the dashboard shows at a time, newest deadline first. */
	static final int CALLS_A_PAGE = 50;

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		DataVersion.Seen seen = this.programmeTables.seen();
		List<MoneyFlows.Year> years = MoneyFlows.byYear(this.money.byProgramme());
		model.addAttribute("programmeTables", this.programmeTables.of(seen));
		model.addAttribute("years", years);
		model.addAttribute("chart", chart(years));
		model.addAttribute("chartWidth", 60 + years.size() * YEAR_WIDTH);
		// Kept: they load every programme with its sectors and every pool with a stated
		// total, which at national scale cost more than the rest of the page.
		model.addAttribute("warnings", this.keptWarnings.at(seen, this::warnings));
		model.addAttribute("calls", this.statistics.calls(page == null ? 0 : page, CALLS_A_PAGE));
		return "dashboard/dashboard";
	}

	private static List<ChartYear> chart(List<MoneyFlows.Year> years) {
		long max = years.stream()
			.flatMap(y -> Stream.of(y.appropriated(), y.posted(), y.granted(), y.paid()))
			.mapToLong(Amount::ore)
			.max()
			.orElse(1);
		List<ChartYear> chart = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			MoneyFlows.Year year = years.get(i);
			int x = 50 + i * YEAR_WIDTH;
			chart.add(new ChartYear(year.year(), x,
					List.of(bar("appropriated", year.appropriated(), x, max), bar("posted", year.posted(), x + 24, max),
							bar("granted", year.granted(), x + 48, max), bar("paid", year.paid(), x + 72, max))));
		}
		return chart;
	}

	private static Bar bar(String kind, Amount amount, int x, long max) {
		long height = max <= 0 ? 0 : Math.max(0, amount.ore()) * CHART_HEIGHT / max;
		return new Bar(kind, amount, x, (int) height);
	}

	private List<Warning> warnings() {
		List<Warning> warnings = new ArrayList<>();
		for (ProgrammeView programme : this.funding.allProgrammes()) {
			programme.warnings().forEach(w -> warnings.add(new Warning(programme.name(), null, w)));
		}
		List<Long> poolsWithStatedTotals = this.jdbc
			.sql("select id from pool where stated_total_amount is not null order by name, id")
			.query(Long.class)
			.list();
		for (Long id : poolsWithStatedTotals) {
			PoolView pool = this.pools.pool(id);
			pool.warnings().forEach(w -> warnings.add(new Warning(pool.name(), "/pools/" + id, w)));
		}
		return warnings;
	}

}
