package dk.pulje.followup.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dk.pulje.followup.FollowUpManagement;
import dk.pulje.web.Pages;

/**
 * The follow-up groups as public pages; minutes and barriers appear only for the
 * authority's staff and analysts.
 */
@Controller
class FollowUpPages implements Pages {

	private final FollowUpManagement groups;

	FollowUpPages(FollowUpManagement groups) {
		this.groups = groups;
	}

	@GetMapping("/follow-up-groups")
	String groups(Model model) {
		model.addAttribute("groups", this.groups.groups());
		return "followup/groups";
	}

	@GetMapping("/follow-up-groups/{id}")
	String group(@PathVariable long id, Model model) {
		model.addAttribute("group", this.groups.group(id));
		return "followup/group";
	}

}
