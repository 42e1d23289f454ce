package dk.pulje.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeKind;
import dk.pulje.funding.ProgrammeRequest;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.paging.Paging;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;
import dk.pulje.web.FormCheck;
import dk.pulje.web.Pages;

/**
 * The programmes (action plans, strategies, programmes and initiatives that pools belong
 * to) as a list, and a form to record or change one, for caseworkers.
 */
@Controller
class ProgrammeEditor implements Pages {

	private final FundingManagement funding;

	private final FormCheck check;

	private final Typed typed;

	ProgrammeEditor(FundingManagement funding, FormCheck check, Typed typed) {
		this.funding = funding;
		this.check = check;
		this.typed = typed;
	}

	@GetMapping("/casework/programmes")
	String programmes(Model model) {
		model.addAttribute("programmes",
				this.funding
					.programmes(null, null, null,
							Paging.of(0, Paging.MAX_SIZE, "name", FundingManagement.PROGRAMME_SORTS, "name"))
					.items());
		return "casework/programmes";
	}

	@GetMapping("/casework/programmes/new")
	String newProgramme(Model model) {
		ProgrammeForm form = new ProgrammeForm();
		form.setKind(ProgrammeKind.PROGRAMME.name());
		return form(null, form, Map.of(), model);
	}

	@PostMapping("/casework/programmes/new")
	String recordProgramme(@ModelAttribute ProgrammeForm form, Model model) {
		return save(null, form, model);
	}

	@GetMapping("/casework/programmes/{id}/edit")
	String editProgramme(@PathVariable long id, Model model) {
		ProgrammeView programme = this.funding.programme(id);
		ProgrammeForm form = new ProgrammeForm();
		form.setVersion(programme.version());
		form.setName(programme.name());
		form.setKind(programme.kind().name());
		form.setOwner(programme.owner());
		form.setPurpose(programme.purpose());
		form.setFirstYear(programme.firstYear() == null ? null : String.valueOf(programme.firstYear()));
		form.setLastYear(programme.lastYear() == null ? null : String.valueOf(programme.lastYear()));
		form.setStatedTotal(programme.statedTotal() == null ? null : programme.statedTotal().asWritten());
		form.setParentId(programme.parentId());
		return form(programme, form, Map.of(), model);
	}

	@PostMapping("/casework/programmes/{id}/edit")
	String changeProgramme(@PathVariable long id, @ModelAttribute ProgrammeForm form, Model model) {
		return save(this.funding.programme(id), form, model);
	}

	private String save(ProgrammeView existing, ProgrammeForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		ProgrammeRequest request = new ProgrammeRequest(form.getName(),
				this.typed.choice(ProgrammeKind.class, form.getKind(), "kind", errors), Typed.orNull(form.getOwner()),
				Typed.orNull(form.getPurpose()), this.typed.whole(form.getFirstYear(), "firstYear", errors),
				this.typed.whole(form.getLastYear(), "lastYear", errors), null, Typed.orNull(form.getStatedTotal()),
				form.getParentId());
		errors.putAll(this.check.problems(request, ProgrammeEditor::inputOf));
		if (errors.isEmpty()) {
			try {
				if (existing == null) {
					this.funding.recordProgramme(request, false);
				}
				else {
					this.funding.changeProgramme(existing.id(), form.getVersion() == null ? -1 : form.getVersion(),
							request);
				}
				return "redirect:/casework/programmes?saved";
			}
			catch (RuleViolation refused) {
				errors.putAll(this.check.problems(refused, ProgrammeEditor::inputOf));
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				errors.put("name", this.typed.text("draft.changed-meanwhile"));
			}
		}
		return form(existing, form, errors, model);
	}

	private static String inputOf(String field) {
		return switch (field) {
			case "statedTotalAsWritten", "statedTotal" -> "statedTotal";
			default -> FormCheck.inputId(field);
		};
	}

	private String form(ProgrammeView programme, ProgrammeForm form, Map<String, String> errors, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("programmes",
				this.funding
					.programmes(null, null, null,
							Paging.of(0, Paging.MAX_SIZE, "name", FundingManagement.PROGRAMME_SORTS, "name"))
					.items());
		return "casework/programme-form";
	}

}
