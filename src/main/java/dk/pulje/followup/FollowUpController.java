package dk.pulje.followup;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.tags.Tag;
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
 * Follow-up groups over HTTP: anyone reads them (without minutes and barriers); the
 * authority's staff keeps them.
 */
@RestController
@RequestMapping("/api/v1/follow-up-groups")
@Tag(name = "Follow-up groups",
		description = "Appointing organisations, members, tasks, meetings, milestones, barriers")
class FollowUpController {

	private final FollowUpManagement groups;

	FollowUpController(FollowUpManagement groups) {
		this.groups = groups;
	}

	@GetMapping
	List<FollowUpGroupView> groups() {
		return this.groups.groups();
	}

	@GetMapping("/{id}")
	ResponseEntity<FollowUpGroupView> group(@PathVariable long id) {
		FollowUpGroupView group = this.groups.group(id);
		return Versions.withETag(group, group.version());
	}

	@PostMapping
	ResponseEntity<FollowUpGroupView> set(@Valid @RequestBody FollowUpGroupRequest request) {
		FollowUpGroupView group = this.groups.set(request, false);
		return Versions.created("/api/v1/follow-up-groups/" + group.id(), group, group.version());
	}

	@PutMapping("/{id}")
	ResponseEntity<FollowUpGroupView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody FollowUpGroupRequest request) {
		FollowUpGroupView group = this.groups.change(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(group, group.version());
	}

}
