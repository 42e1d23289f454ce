package dk.pulje.followup;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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
	@Operation(summary = "List follow-up groups",
			description = "The groups that follow an agreement's initiatives, with their members and meetings.")
	List<FollowUpGroupView> groups() {
		return this.groups.groups();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a follow-up group",
			description = "A follow-up group with its members, the initiatives it follows and its meetings.")
	ResponseEntity<FollowUpGroupView> group(@PathVariable long id) {
		FollowUpGroupView group = this.groups.group(id);
		return Versions.withETag(group, group.version());
	}

	@PostMapping
	@Operation(summary = "Set up a follow-up group",
			description = "Sets up a group to follow an agreement's initiatives, and answers 201 with its address.")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FollowUpGroupView> set(@Valid @RequestBody FollowUpGroupRequest request) {
		FollowUpGroupView group = this.groups.set(request, false);
		return Versions.created("/api/v1/follow-up-groups/" + group.id(), group, group.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a follow-up group",
			description = "Replaces the group with the one sent. `If-Match` must name the version the change was made from.")
	ResponseEntity<FollowUpGroupView> change(@PathVariable long id, @RequestHeader(name = "If-Match") String ifMatch,
			@Valid @RequestBody FollowUpGroupRequest request) {
		FollowUpGroupView group = this.groups.change(id, Versions.requireIfMatch(ifMatch), request);
		return Versions.withETag(group, group.version());
	}

}
