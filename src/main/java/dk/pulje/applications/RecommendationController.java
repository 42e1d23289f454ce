package dk.pulje.applications;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

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
	ResponseEntity<RecommendationListView> list(@PathVariable long id) {
		RecommendationListView list = this.recommendations.list(id);
		return Versions.withETag(list, list.version());
	}

	@PutMapping("/calls/{id}/recommendations/{applicationId}")
	ResponseEntity<RecommendationListView> recommend(@PathVariable long id, @PathVariable long applicationId,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody RecommendationRequest request) {
		RecommendationListView list = this.recommendations.recommend(id, applicationId, Versions.ifMatch(ifMatch),
				request);
		return Versions.withETag(list, list.version());
	}

	@PostMapping("/calls/{id}/recommendations/submit")
	ResponseEntity<RecommendationListView> submit(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		RecommendationListView list = this.recommendations.submit(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(list, list.version());
	}

	@PutMapping("/calls/{id}/recommendations/{applicationId}/change")
	ResponseEntity<RecommendationListView> change(@PathVariable long id, @PathVariable long applicationId,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody RecommendationRequest request) {
		RecommendationListView list = this.recommendations.change(id, applicationId, Versions.ifMatch(ifMatch),
				request);
		return Versions.withETag(list, list.version());
	}

	@PostMapping("/calls/{id}/recommendations/decide")
	ResponseEntity<RecommendationListView> decide(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable ListDecision decision) {
		RecommendationListView list = this.recommendations.decide(id, Versions.ifMatch(ifMatch),
				decision == null ? null : decision.decidedOn());
		return Versions.withETag(list, list.version());
	}

	/** The lists the person asking may decide, submitted or decided. */
	@GetMapping("/recommendation-lists")
	List<RecommendationListView> beforeMe() {
		return this.recommendations.beforeMe();
	}

}
