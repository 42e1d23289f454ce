package dk.pulje.plans.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.plans.ActionPlanRequest.AssessmentRequest;
import dk.pulje.plans.ActionPlanRequest.IndicatorRequest;
import dk.pulje.plans.ActionPlanRequest.StatusRequest;
import dk.pulje.plans.ActionPlanRequest.ValueRequest;
import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.plans.ActionPlanView;
import dk.pulje.plans.InitiativeState;
import dk.pulje.plans.PlanManagement;
import dk.pulje.plans.Progress;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormCheck.longest;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * The pages on which staff follow a plan year by year: its indicators, and one form per
 * reporting year for each track's assessment, each initiative's status and each
 * indicator's value.
 */
@Controller
class YearEditor implements Pages {

	/** Empty rows the indicators form offers for new indicators. */
	private static final int NEW_ROWS = 3;

	private final PlanManagement plans;

	private final Formats formats;

	private final FormValues values;

	private final PlanChanges changes;

	YearEditor(PlanManagement plans, Formats formats, FormValues values, PlanChanges changes) {
		this.plans = plans;
		this.formats = formats;
		this.values = values;
		this.changes = changes;
	}

	// The indicators

	@GetMapping("/casework/plans/{id}/indicators")
	String editIndicators(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		return indicators(plan, PlanForms.Indicators.of(plan, this.formats), Map.of(), model);
	}

	/**
	 * Indicators kept by number keep their values; a removed indicator takes its values
	 * with it.
	 */
	@PostMapping("/casework/plans/{id}/indicators")
	String saveIndicators(@PathVariable long id, @ModelAttribute("form") PlanForms.Indicators form, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest whole = ActionPlanRequest.of(plan);
		Map<Integer, List<ValueRequest>> values = new HashMap<>();
		whole.indicators().forEach(i -> values.put(i.no(), i.values()));
		List<IndicatorRequest> indicators = new ArrayList<>();
		for (int r = 0; r < form.rows().size(); r++) {
			PlanForms.IndicatorRow row = form.rows().get(r);
			if (row.isEmpty()) {
				continue;
			}
			String input = "indicator-" + r;
			Integer no = this.values.number(row.no(), true, input + "-no", errors);
			indicators.add(new IndicatorRequest(validatedLater(no),
					validatedLater(this.values.required(row.name(), longest(IndicatorRequest.class, "name"),
							input + "-name", errors)),
					validatedLater(this.values.required(row.unit(), longest(IndicatorRequest.class, "unit"),
							input + "-unit", errors)),
					this.values.decimal(row.baseline(), input + "-baseline", errors),
					this.values.decimal(row.target(), input + "-target", errors),
					no == null ? List.of() : values.getOrDefault(no, List.of())));
		}
		if (errors.isEmpty()) {
			Optional<String> saved = this.changes.change(id, form.version(),
					whole.withFollowUp(whole.assessments(), whole.statuses(), indicators), errors,
					field -> field.matches("indicators\\[\\d+]\\.no") ? "indicator-" + indicatorRow(form, field) + "-no"
							: "plan");
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return indicators(plan, form, errors, model);
	}

	private String indicators(ActionPlanView plan, PlanForms.Indicators form, Map<String, String> errors, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form.padded(NEW_ROWS));
		model.addAttribute("errors", errors);
		return "plans/indicators-form";
	}

	/**
	 * The form row of the n-th indicator saved, counting only the rows that were filled
	 * in.
	 */
	private static int indicatorRow(PlanForms.Indicators form, String field) {
		int saved = Integer.parseInt(field.replaceAll("\\D", ""));
		for (int r = 0, filled = -1; r < form.rows().size(); r++) {
			if (!form.rows().get(r).isEmpty() && ++filled == saved) {
				return r;
			}
		}
		return saved;
	}

	// A reporting year

	@GetMapping("/casework/plans/{id}/year")
	String editYear(@PathVariable long id, @RequestParam int year, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		return year(plan, year, PlanForms.Year.of(plan, year, this.formats), Map.of(), model);
	}

	@PostMapping("/casework/plans/{id}/year")
	String saveYear(@PathVariable long id, @RequestParam int year, @ModelAttribute("form") PlanForms.Year form,
			Model model) {
		ActionPlanView plan = this.plans.plan(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest whole = ActionPlanRequest.of(plan);
		List<AssessmentRequest> assessments = new ArrayList<>(
				whole.assessments().stream().filter(a -> a.year() != year).toList());
		List<StatusRequest> statuses = new ArrayList<>(
				whole.statuses().stream().filter(s -> s.year() != year).toList());
		for (ActionPlanView.TrackView track : plan.tracks()) {
			String progress = form.progress().get(PlanForms.Year.key(track.no()));
			if (!FormValues.blank(progress)) {
				assessments.add(new AssessmentRequest(track.no(), year,
						validatedLater(this.values.choice(Progress.class, progress, "progress-" + track.no(), errors)),
						this.values.text(form.reasoning().get(PlanForms.Year.key(track.no())),
								longest(AssessmentRequest.class, "reasoning"), "reasoning-" + track.no(), errors)));
			}
			for (ActionPlanView.InitiativeView initiative : track.initiatives()) {
				String status = form.status().get(PlanForms.Year.key(initiative.no()));
				if (!FormValues.blank(status)) {
					statuses.add(new StatusRequest(initiative.no(), year,
							validatedLater(this.values.choice(InitiativeState.class, status,
									"status-" + initiative.no(), errors)),
							this.values.text(form.summary().get(PlanForms.Year.key(initiative.no())),
									longest(StatusRequest.class, "summary"), "summary-" + initiative.no(), errors)));
				}
			}
		}
		List<IndicatorRequest> indicators = new ArrayList<>();
		for (IndicatorRequest indicator : whole.indicators()) {
			List<ValueRequest> values = new ArrayList<>(
					indicator.values().stream().filter(v -> v.period() != year).toList());
			BigDecimal value = this.values.decimal(form.value().get(PlanForms.Year.key(indicator.no())),
					"value-" + indicator.no(), errors);
			if (value != null) {
				values.add(new ValueRequest(year, value,
						"true".equals(form.approximate().get(PlanForms.Year.key(indicator.no()))),
						this.values.text(form.note().get(PlanForms.Year.key(indicator.no())),
								longest(ValueRequest.class, "note"), "note-" + indicator.no(), errors)));
			}
			values.sort(Comparator.comparing(ValueRequest::period));
			indicators.add(new IndicatorRequest(indicator.no(), indicator.name(), indicator.unit(),
					indicator.baseline(), indicator.target(), values));
		}
		if (errors.isEmpty()) {
			Optional<String> saved = this.changes.change(id, form.version(),
					whole.withFollowUp(assessments, statuses, indicators), errors, field -> "plan");
			if (saved.isPresent()) {
				return "redirect:/plans/" + id + "?year=" + year + "&saved";
			}
		}
		return year(plan, year, form, errors, model);
	}

	private String year(ActionPlanView plan, int year, PlanForms.Year form, Map<String, String> errors, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("progresses", Progress.values());
		model.addAttribute("states", InitiativeState.values());
		return "plans/year-form";
	}

}
