package dk.pulje.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.applications.CallAssessment;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.web.Pages;

/**
 * A call's assessment overview for the caseworker: every application handed in with its
 * score, the spread between its reviewers, the reviews done, conflicts, what it asks for
 * and its flags, ranked, with the running total against the offer and the funding line.
 * It can be sorted by rank (the default), by what is asked, by spread or by title; the
 * rank and the line stay those of the score.
 */
@Controller
class AssessmentPages implements Pages {

	private static final Map<String, Comparator<CallAssessment.Line>> SORTS = Map.of("rank",
			Comparator.comparingInt(CallAssessment.Line::rank), "asked",
			Comparator.comparing((CallAssessment.Line l) -> l.application().requestedTotal()).reversed(), "spread",
			Comparator.comparing(CallAssessment.Line::spread, Comparator.nullsLast(Comparator.reverseOrder())), "title",
			Comparator.comparing((CallAssessment.Line l) -> l.application().title()));

	private final CallAssessment assessment;

	private final OrganisationRegister organisations;

	AssessmentPages(CallAssessment assessment, OrganisationRegister organisations) {
		this.assessment = assessment;
		this.organisations = organisations;
	}

	@GetMapping("/casework/calls/{id}/assessment")
	String assessment(@PathVariable long id, @RequestParam(required = false) @Nullable String sort, Model model) {
		CallAssessment.Overview overview = this.assessment.of(id);
		String by = sort != null && SORTS.containsKey(sort) ? sort : "rank";
		List<CallAssessment.Line> lines = overview.lines().stream().sorted(SORTS.get(by)).toList();
		model.addAttribute("overview", overview);
		model.addAttribute("lines", lines);
		model.addAttribute("sort", by);
		model.addAttribute("sorts", List.of("rank", "asked", "spread", "title"));
		model.addAttribute("organisationNames", this.organisations
			.names(overview.lines().stream().map(l -> l.application().leadOrganisationId()).toList()));
		return "casework/assessment";
	}

}
