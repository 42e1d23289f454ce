package dk.pulje.casework;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.view.RedirectView;

import dk.pulje.web.Pages;

/**
 * The addresses the plan and follow-up group editors had before every editor moved under
 * /casework: a bookmark to one still opens the editor (permanently moved), where staff
 * sign in as before.
 */
@Controller
class EditorAddresses implements Pages {

	@GetMapping({ "/plans/new", "/plans/{id}/edit", "/plans/{id}/tracks/new", "/plans/{id}/tracks/{no}/edit",
			"/plans/{id}/year", "/plans/{id}/indicators", "/plans/{id}/funding", "/follow-up-groups/new",
			"/follow-up-groups/{id}/edit", "/follow-up-groups/{id}/members", "/follow-up-groups/{id}/meetings/new",
			"/follow-up-groups/{id}/meetings/{n}/edit", "/follow-up-groups/{id}/milestones/new",
			"/follow-up-groups/{id}/milestones/{n}/edit", "/follow-up-groups/{id}/barriers/new",
			"/follow-up-groups/{id}/barriers/{n}/edit" })
	RedirectView moved(HttpServletRequest request) {
		String query = request.getQueryString();
		RedirectView moved = new RedirectView(
				"/casework" + request.getRequestURI().substring(request.getContextPath().length())
						+ (query == null ? "" : "?" + query),
				true);
		moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		moved.setExposeModelAttributes(false);
		return moved;
	}

}
