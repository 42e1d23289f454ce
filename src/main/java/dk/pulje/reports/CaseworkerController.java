package dk.pulje.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.web.Versions;

/**
 * The caseworker following up a granted project, over HTTP, for the authority's staff:
 * who it is, and giving the project to someone (or to nobody) with the version read.
 */
@RestController
@Tag(name = "Reports")
class CaseworkerController {

	/** The caseworker's username; empty or null gives the project to nobody. */
	record CaseworkerRequest(@Size(max = 100) @Nullable String caseworker) {
	}

	private final FollowUpCaseworkers caseworkers;

	CaseworkerController(FollowUpCaseworkers caseworkers) {
		this.caseworkers = caseworkers;
	}

	@GetMapping("/api/v1/granted-projects/{id}/caseworker")
	@Operation(summary = "Read who follows up a project",
			description = "The caseworker who follows up the granted project, if any.")
	ResponseEntity<FollowUpCaseworkers.Assignment> caseworker(@PathVariable long id) {
		FollowUpCaseworkers.Assignment assignment = this.caseworkers.of(id);
		return Versions.withETag(assignment, assignment.version());
	}

	@PutMapping("/api/v1/granted-projects/{id}/caseworker")
	@Operation(summary = "Assign who follows up a project",
			description = "Names the caseworker who follows up the granted project, or none.")
	ResponseEntity<FollowUpCaseworkers.Assignment> assign(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody CaseworkerRequest request) {
		FollowUpCaseworkers.Assignment assignment = this.caseworkers.assign(id, Versions.ifMatch(ifMatch),
				request.caseworker());
		return Versions.withETag(assignment, assignment.version());
	}

}
