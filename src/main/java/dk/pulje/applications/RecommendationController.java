package dk.pulje.applications;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.web.Versions;

/**
 * A call's recommendation list over HTTP: caseworkers recommend and submit; whoever the
 * pool names as decider changes single items and decides the list. If-Match is optional
 * everywhere; when sent, a list changed meanwhile is refused with 412.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recommendation and decision",
		description = "Recommend an outcome for each application of a call, submit the list, change and decide it")
class RecommendationController {

	private final RecommendationManagement recommendations;

	RecommendationController(RecommendationManagement recommendations) {
		this.recommendations = recommendations;
	}

	/** The day the list is decided; today when none is given. */
	record ListDecision(@Nullable LocalDate decidedOn) {
	}

	@GetMapping("/calls/{id}/recommendations")
	@Operation(summary = "Read a call's recommendation list",
			description = "The call's applications in the assessment's rank, each with what is recommended, and what the "
					+ "list grants against what the call has left.")
	ResponseEntity<RecommendationListView> list(@PathVariable long id) {
		RecommendationListView list = this.recommendations.list(id);
		return Versions.withETag(list, list.version());
	}

	@PutMapping("/calls/{id}/recommendations/{applicationId}")
	@Operation(summary = "Recommend an application",
			description = "Recommends an application on the list: in full, in part by year, or for rejection with the "
					+ "reason.")
	ResponseEntity<RecommendationListView> recommend(@PathVariable long id, @PathVariable long applicationId,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody RecommendationRequest request) {
		RecommendationListView list = this.recommendations.recommend(id, applicationId, Versions.ifMatch(ifMatch),
				request);
		return Versions.withETag(list, list.version());
	}

	@PostMapping("/calls/{id}/recommendations/submit")
	@Operation(summary = "Send a list for decision",
			description = "Sends the list to whoever the pool names to decide, once the call's deadline has passed and "
					+ "every application is recommended.")
	ResponseEntity<RecommendationListView> submit(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		RecommendationListView list = this.recommendations.submit(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(list, list.version());
	}

	@PutMapping("/calls/{id}/recommendations/{applicationId}/change")
	@Operation(summary = "Change a recommendation before deciding",
			description = "The decider changes one item of a submitted list, with the reason; the recommendation is kept "
					+ "beside the change.")
	ResponseEntity<RecommendationListView> change(@PathVariable long id, @PathVariable long applicationId,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody RecommendationRequest request) {
		RecommendationListView list = this.recommendations.change(id, applicationId, Versions.ifMatch(ifMatch),
				request);
		return Versions.withETag(list, list.version());
	}

	@PostMapping("/calls/{id}/recommendations/decide")
	@Operation(summary = "Decide a list",
			description = "Decides every application of the list in one go, on the decider's date; someone who recommended "
					+ "cannot decide unless the pool allows it.")
	ResponseEntity<RecommendationListView> decide(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ListDecision decision) {
		RecommendationListView list = this.recommendations.decide(id, Versions.ifMatch(ifMatch),
				decision == null ? null : decision.decidedOn());
		return Versions.withETag(list, list.version());
	}

	/** The lists the person asking may decide, submitted or decided. */
	@GetMapping("/recommendation-lists")
	@Operation(summary = "List the lists before you",
			description = "The recommendation lists waiting for the signed-in decider.")
	List<RecommendationListView> beforeMe() {
		return this.recommendations.beforeMe();
	}

}
