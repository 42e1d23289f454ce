package dk.pulje.pools.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.funding.FundingManagement;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.pools.ApplicationForm;
import dk.pulje.pools.Decider;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.pools.ReportKind;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

/**
 * Setting up and changing pools, as pages for caseworkers. A pool's form holds all its
 * rules at once; a wrong field is named where it is typed, and then nothing is saved.
 */
@Controller
class PoolEditor implements Pages {

	private final PoolManagement pools;

	private final FundingManagement funding;

	private final FormCheck check;

	private final FormValues values;

	private final Formats formats;

	PoolEditor(PoolManagement pools, FundingManagement funding, FormCheck check, FormValues values, Formats formats) {
		this.pools = pools;
		this.funding = funding;
		this.check = check;
		this.values = values;
		this.formats = formats;
	}

	@GetMapping("/casework/pools/new")
	String newPool(Model model) {
		return form(null, PoolForm.forNewPool(), Map.of(), model);
	}

	@PostMapping("/casework/pools/new")
	String definePool(@ModelAttribute("form") PoolForm form, Model model) {
		return save(null, form, model);
	}

	@GetMapping("/casework/pools/{id}/edit")
	String editPool(@PathVariable long id, Model model) {
		PoolView pool = this.pools.pool(id);
		return form(pool, PoolForm.of(pool, this.formats), Map.of(), model);
	}

	@PostMapping("/casework/pools/{id}/edit")
	String changePool(@PathVariable long id, @ModelAttribute("form") PoolForm form, Model model) {
		return save(this.pools.pool(id), form, model);
	}

	private String save(@Nullable PoolView existing, PoolForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<PoolView> saved = this.check.save(form.toRequest(this.values, errors), errors, PoolForm::inputOf,
				"pool", request -> existing == null ? this.pools.definePool(request, false)
						: this.pools.changePool(existing.id(), form.version() == null ? -1 : form.version(), request));
		if (saved.isPresent()) {
			return "redirect:/pools/" + saved.get().id() + "?saved";
		}
		return form(existing, form, errors, model);
	}

	private String form(@Nullable PoolView pool, PoolForm form, Map<String, String> errors, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("form", form.padded());
		model.addAttribute("errors", errors);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("forms", ApplicationForm.values());
		model.addAttribute("deciders", Decider.values());
		model.addAttribute("reportKinds", ReportKind.values());
		model.addAttribute("programmes", this.funding.allProgrammes());
		return "pools/pool-form";
	}

}
