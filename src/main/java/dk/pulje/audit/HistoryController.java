package dk.pulje.audit;

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

	@GetMapping("/api/v1/{resource:organisations|agreements|programmes|appropriations|pools|calls|granted-projects|accounts}/{id}/history")
	PageOf<HistoryEntry> history(@PathVariable String resource, @PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.history.history(resource, id, AuditHistory.newestFirst(page, size));
	}

}
