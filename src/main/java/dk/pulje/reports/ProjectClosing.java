package dk.pulje.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dk.pulje.grants.GrantedProjectView;
import dk.pulje.web.Versions;

/**
 * Closing a granted project over HTTP, once its reports are approved and its claims
 * settled.
 */
@RestController
@Tag(name = "Reports")
class ProjectClosing {

	private final ReportManagement reports;

	ProjectClosing(ReportManagement reports) {
		this.reports = reports;
	}

	@PostMapping("/api/v1/granted-projects/{id}/close")
	@Operation(summary = "Close a granted project",
			description = "Closes a project whose reports are approved; what it was granted and not paid is freed, and a "
					+ "repayment is claimed where it was paid more than it spent.")
	ResponseEntity<GrantedProjectView> close(@PathVariable long id,
			@RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
		GrantedProjectView project = this.reports.close(id, Versions.ifMatch(ifMatch));
		return Versions.withETag(project, project.version());
	}

}
