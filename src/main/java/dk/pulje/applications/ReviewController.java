package dk.pulje.applications;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.web.Versions;

/**
 * Reviews over HTTP: caseworkers assign, reviewers score or declare a conflict of
 * interest.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reviews", description = "Assign applications to reviewers; score them or declare a conflict")
class ReviewController {

	private final ReviewManagement reviews;

	ReviewController(ReviewManagement reviews) {
		this.reviews = reviews;
	}

	record Assignment(@NotBlank @Size(max = 100) String reviewer) {
	}

	record Scoring(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 4000) String comment) {
	}

	record Conflict(@NotBlank @Size(max = 1000) String reason) {
	}

	@PostMapping("/applications/{id}/reviews")
	@Operation(summary = "Assign a reviewer",
			description = "Assigns a reviewer to assess an application against its call's criteria. Answers 201 with the "
					+ "review's address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ReviewView> assign(@PathVariable long id, @Valid @RequestBody Assignment assignment,
			Principal caseworker) {
		ReviewView review = this.reviews.assign(id, assignment.reviewer(), caseworker.getName());
		return Versions.created("/api/v1/reviews/" + review.id(), review, review.version());
	}

	@GetMapping("/reviews")
	@Operation(summary = "List reviews",
			description = "Reviews, of one application or all; a reviewer sees only its own.")
	List<ReviewView> list(@RequestParam(required = false) @Nullable Long applicationId) {
		return this.reviews.reviews(applicationId);
	}

	@GetMapping("/reviews/{id}")
	@Operation(summary = "Read a review",
			description = "A review with its scores by criterion, comments and where it stands.")
	ResponseEntity<ReviewView> read(@PathVariable long id) {
		ReviewView review = this.reviews.review(id);
		return Versions.withETag(review, review.version());
	}

	/**
	 * Scores the application as a whole and submits the review, where the pool assesses
	 * by one overall score from 1 to 5.
	 */
	@PostMapping("/reviews/{id}/score")
	@Operation(summary = "Give an overall score",
			description = "The reviewer gives the application one overall score with a comment, where the call has no "
					+ "criteria.")
	ReviewView score(@PathVariable long id, @Valid @RequestBody Scoring scoring) {
		return this.reviews.scoreOverall(id, scoring.score(), scoring.comment());
	}

	/** Saves scores and comments, criterion by criterion, as a draft. */
	@PutMapping("/reviews/{id}/scores")
	@Operation(summary = "Score by criterion",
			description = "The reviewer scores each of the call's criteria, with comments; a score must be within the "
					+ "criterion's scale.")
	ResponseEntity<ReviewView> scores(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReviewRequest request) {
		ReviewView review = this.reviews.score(id, Versions.ifMatch(ifMatch), request);
		return Versions.withETag(review, review.version());
	}

	/** Submits the review once every criterion is scored. */
	@PostMapping("/reviews/{id}/submit")
	@Operation(summary = "Submit a review",
			description = "Submits a review with every criterion scored; it can no longer be changed.")
	ResponseEntity<ReviewView> submit(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		ReviewView review = this.reviews.submit(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(review, review.version());
	}

	@PostMapping("/reviews/{id}/conflict")
	@Operation(summary = "Declare a conflict of interest",
			description = "The reviewer declares that it is disqualified from assessing the application, with the reason; "
					+ "the review ends unscored.")
	ReviewView conflict(@PathVariable long id, @Valid @RequestBody Conflict conflict) {
		return this.reviews.declareConflict(id, conflict.reason());
	}

}
