package dk.pulje.overviews;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.organisations.OrganisationType;
import dk.pulje.web.TablesView;

/**
 * The overviews as JSON, for a data warehouse: the same tables as the pages and their
 * files, so that every figure is the one a committee reads.
 */
@RestController
@Tag(name = "Overviews",
		description = "The overviews a ministry or committee reads, as the same tables the pages and files show")
class OverviewController {

	private final Overviews overviews;

	OverviewController(Overviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/api/v1/overviews/announcements")
	@Operation(summary = "Read a programme's pool announcements",
			description = "The pools a programme has announced, with what each offers by year, as the page "
					+ "/overviews/announcements and its files show them.")
	TablesView announcements(@RequestParam long programmeId) {
		return view(this.overviews.announcements(programmeId));
	}

	@GetMapping("/api/v1/overviews/initiatives")
	@Operation(summary = "Read the national initiatives touching chosen sectors",
			description = "The national initiatives that touch the sectors chosen (municipalities and regions when "
					+ "none is), with their money by year, the total their parts add up to beside the total as it was "
					+ "stated, and whether the two agree.")
	TablesView initiatives(@RequestParam(required = false) @Nullable List<OrganisationType> sector) {
		return view(this.overviews.initiatives(sector));
	}

	@GetMapping("/api/v1/overviews/money")
	@Operation(summary = "Read the money by agreement, programme and year",
			description = "What each agreement appropriated, what was posted, granted, granted subject to the Finance "
					+ "Act, paid and left, by programme and year; of one agreement, or of all.")
	TablesView money(@RequestParam(required = false) @Nullable Long agreementId) {
		return view(this.overviews.money(agreementId));
	}

	private static TablesView view(Overviews.Overview overview) {
		return TablesView.of(overview.title(), overview.tables());
	}

}
