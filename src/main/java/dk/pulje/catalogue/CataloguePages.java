package dk.pulje.catalogue;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.applications.CallStatistics;
import dk.pulje.audit.AuditHistory;
import dk.pulje.funding.FundingManagement;
import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.GrantedProjectSummary;
import dk.pulje.money.DanishTime;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.pools.PoolCatalogue;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolStatus;
import dk.pulje.pools.PoolSummary;
import dk.pulje.pools.PoolView;
import dk.pulje.reports.ReportQueue;
import dk.pulje.web.Pages;

/** The catalogue pages: where Pulje opens, and each pool's page. */
@Controller
class CataloguePages implements Pages {

	private final PoolManagement pools;

	private final PoolCatalogue catalogue;

	private final GrantManagement grants;

	private final FundingManagement funding;

	private final Clock clock;

	private final AuditHistory history;

	private final ReportQueue reports;

	private final CallStatistics statistics;

	CataloguePages(PoolManagement pools, PoolCatalogue catalogue, GrantManagement grants, FundingManagement funding,
			Clock clock, AuditHistory history, ReportQueue reports, CallStatistics statistics) {
		this.statistics = statistics;
		this.reports = reports;
		this.catalogue = catalogue;
		this.history = history;
		this.pools = pools;
		this.grants = grants;
		this.funding = funding;
		this.clock = clock;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/pools";
	}

	@GetMapping("/pools")
	String catalogue(@RequestParam(required = false) PoolStatus status,
			@RequestParam(required = false) OrganisationType eligibleType, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long programmeId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Model model) {
		PageOf<PoolSummary> found = this.catalogue.pools(
				new PoolCatalogue.Filter(status, programmeId, eligibleType, q, year),
				Paging.of(page, 20, "name", PoolCatalogue.POOL_SORTS, "name"));
		model.addAttribute("pools", found);
		model.addAttribute("status", status);
		model.addAttribute("eligibleType", eligibleType);
		model.addAttribute("q", q);
		model.addAttribute("statuses", PoolStatus.values());
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("year", year);
		model.addAttribute("programmes", this.funding.allProgrammes());
		return "catalogue/pools";
	}

	@GetMapping("/pools/{id}")
	String pool(@PathVariable long id, Model model) {
		PoolView pool = this.pools.pool(id);
		List<GrantedProjectSummary> granted = this.grants
			.projects(new GrantManagement.Filter(id, null, null, null),
					Paging.of(0, 200, "title", GrantManagement.SORTS, "title"))
			.items();
		Map<Long, List<GrantedProjectSummary>> byCall = granted.stream()
			.collect(Collectors.groupingBy(GrantedProjectSummary::callId));
		model.addAttribute("pool", pool);
		model.addAttribute("history", this.history.history("pools", id, AuditHistory.newestFirst(0, 50)).items());
		model.addAttribute("grantedByCall", byCall);
		model.addAttribute("summaries",
				this.reports.publicSummaries(granted.stream().map(GrantedProjectSummary::id).toList()));
		model.addAttribute("now", DanishTime.of(this.clock.instant()));
		Map<Long, CallStatistics.Statistics> statistics = new HashMap<>();
		pool.calls().forEach(c -> this.statistics.of(c).ifPresent(s -> statistics.put(c.id(), s)));
		model.addAttribute("statistics", statistics);
		model.addAttribute("poolStatistics", pool.calls().size() > 1 ? this.statistics.ofPool(id).orElse(null) : null);
		return "catalogue/pool";
	}

}
