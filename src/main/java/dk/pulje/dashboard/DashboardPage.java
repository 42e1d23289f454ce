package dk.pulje.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.accounts.SignedIn;
import dk.pulje.applications.CallStatistics;
import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.money.Amount;
import dk.pulje.money.TotalCheck;
import dk.pulje.overviews.MoneyFlows;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.web.KeptFragments;
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

	private final KeptFragments fragments;

	DashboardPage(MoneyFlows money, FundingManagement funding, PoolManagement pools, JdbcClient jdbc,
			CallStatistics statistics, KeptFragments fragments) {
		this.money = money;
		this.funding = funding;
		this.pools = pools;
		this.jdbc = jdbc;
		this.statistics = statistics;
		this.fragments = fragments;
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

	/**
	 * The page: its money and its calls are the same for everyone who reads the dashboard
	 * (the links to a call's casework aside), so they are made once and kept until the
	 * data they show changes. At national scale they are a quarter of a megabyte of HTML;
	 * the warnings alone load every programme with its sectors and every pool with a
	 * stated total.
	 */
	@GetMapping("/dashboard")
	String dashboard(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		int shown = page == null ? 0 : Math.max(page, 0);
		boolean decides = SignedIn.current().map(SignedIn.Person::decides).orElse(false);
		model.addAttribute("money", this.fragments.of("dashboard/money", List.of(), this::money));
		model.addAttribute("calls", this.fragments.of("dashboard/calls", List.of(shown, decides),
				() -> Map.of("calls", this.statistics.calls(shown, CALLS_A_PAGE), "decides", decides)));
		return "dashboard/dashboard";
	}

	private Map<String, Object> money() {
		List<MoneyFlows.Programme> programmes = this.money.byProgramme();
		List<MoneyFlows.Year> years = MoneyFlows.byYear(programmes);
		return Map.of("warnings", warnings(), "years", years, "chart", chart(years), "chartWidth",
				60 + years.size() * YEAR_WIDTH, "programmes", programmes);
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
