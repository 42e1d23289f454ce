package dk.pulje.funding.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeKind;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

/**
 * The programmes (action plans, strategies, programmes and initiatives that pools belong
 * to) as a list, and a form to record or change one, for caseworkers.
 */
@Controller
class ProgrammeEditor implements Pages {

	private final FundingManagement funding;

	private final FormCheck check;

	private final FormValues values;

	ProgrammeEditor(FundingManagement funding, FormCheck check, FormValues values) {
		this.funding = funding;
		this.check = check;
		this.values = values;
	}

	@GetMapping("/casework/programmes")
	String programmes(Model model) {
		model.addAttribute("programmes", this.funding.allProgrammes());
		return "funding/programmes";
	}

	@GetMapping("/casework/programmes/new")
	String newProgramme(Model model) {
		return form(null, ProgrammeForm.forNewProgramme(), Map.of(), model);
	}

	@PostMapping("/casework/programmes/new")
	String recordProgramme(@ModelAttribute("form") ProgrammeForm form, Model model) {
		return save(null, form, model);
	}

	@GetMapping("/casework/programmes/{id}/edit")
	String editProgramme(@PathVariable long id, Model model) {
		ProgrammeView programme = this.funding.programme(id);
		return form(programme, ProgrammeForm.of(programme), Map.of(), model);
	}

	@PostMapping("/casework/programmes/{id}/edit")
	String changeProgramme(@PathVariable long id, @ModelAttribute("form") ProgrammeForm form, Model model) {
		return save(this.funding.programme(id), form, model);
	}

	private String save(@Nullable ProgrammeView existing, ProgrammeForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.check
			.save(form.toRequest(this.values, errors), errors, ProgrammeForm::inputOf, "programme",
					request -> existing == null ? this.funding.recordProgramme(request, false)
							: this.funding.changeProgramme(existing.id(), form.version() == null ? -1 : form.version(),
									request))
			.isPresent()) {
			return "redirect:/casework/programmes?saved";
		}
		return form(existing, form, errors, model);
	}

	private String form(@Nullable ProgrammeView programme, ProgrammeForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("programmes", this.funding.allProgrammes());
		return "funding/programme-form";
	}

}
