package dk.pulje.audit;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.paging.PageOf;

/**
 * Every record's history over HTTP. Whoever may read a record may read its history: the
 * access rules for {@code /api/v1/<resource>/**} cover {@code /history} too. An
 * application's history is served by the applications feature, which first checks that
 * the asker may see that application.
 */
@RestController
@Tag(name = "History", description = "Who changed a record, when, in which request, from what to what")
class HistoryController {

	private final AuditHistory history;

	HistoryController(AuditHistory history) {
		this.history = history;
	}

	// One path for each kind of record, not a variable, so that the API document gives
	// each the access rule of its records.
	@GetMapping({ "/api/v1/organisations/{id}/history", "/api/v1/agreements/{id}/history",
			"/api/v1/programmes/{id}/history", "/api/v1/appropriations/{id}/history", "/api/v1/pools/{id}/history",
			"/api/v1/calls/{id}/history", "/api/v1/granted-projects/{id}/history", "/api/v1/accounts/{id}/history" })
	@Operation(summary = "Read a record's history",
			description = "Who changed an organisation, agreement, programme, appropriation, pool, call, granted project "
					+ "or account, when, in which request, and from what to what; newest first.")
	PageOf<HistoryEntry> history(HttpServletRequest request, @PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		String resource = request.getServletPath().split("/")[3];
		return this.history.history(resource, id, AuditHistory.newestFirst(page, size));
	}

}
