package dk.pulje.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.rules.RecordNotFound;

/**
 * A call's statistics over HTTP: public once its allocation is complete, to the
 * authority's staff and analysts at any time; before that, to anybody else they are not
 * there.
 */
@RestController
@Tag(name = "Pools")
class StatisticsController {

	private final CallStatistics statistics;

	StatisticsController(CallStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/calls/{id}/statistics")
	@Operation(summary = "Read a call's statistics",
			description = "Applications received and what they asked, how many times over the call was asked for, the "
					+ "grants and the success rate, in all, by content area and by kind of applicant. Public once the "
					+ "allocation is complete.")
	CallStatistics.Statistics statistics(@PathVariable long id) {
		return this.statistics.of(id).orElseThrow(() -> new RecordNotFound("statistics", id));
	}

	/** A pool's calls added up; public once every call of the pool is allocated. */
	@GetMapping("/api/v1/pools/{id}/statistics")
	@Operation(summary = "Read a pool's statistics",
			description = "The statistics of a pool's calls added up. Public once an allocation is complete.")
	CallStatistics.Statistics poolStatistics(@PathVariable long id) {
		return this.statistics.ofPool(id).orElseThrow(() -> new RecordNotFound("statistics", id));
	}

}
