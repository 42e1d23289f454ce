package dk.pulje.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.funding.FundingManagement;
import dk.pulje.plans.ActionPlanRequest.FocusAreaRequest;
import dk.pulje.plans.ActionPlanRequest.InitiativeRequest;
import dk.pulje.plans.ActionPlanRequest.TrackRequest;
import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.plans.ActionPlanView;
import dk.pulje.plans.PlanManagement;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormCheck.longest;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * The pages on which the authority's staff record a plan and its structure: its basics,
 * and each track with its focus areas and initiatives. Every form changes the plan whole,
 * against the version the page showed (see {@link PlanChanges}), and a refused form comes
 * back as typed with each problem at its field.
 */
@Controller
class PlanEditor implements Pages {

	/** Empty rows a track form offers for new focus areas and initiatives. */
	private static final int NEW_ROWS = 3;

	private static final Pattern TRACK_PART = Pattern
		.compile("tracks\\[(\\d+)]\\.(focusAreas|initiatives)\\[(\\d+)]\\.(no|focusAreaNo)");

	private final PlanManagement plans;

	private final FundingManagement funding;

	private final FormValues values;

	private final PlanChanges changes;

	PlanEditor(PlanManagement plans, FundingManagement funding, FormValues values, PlanChanges changes) {
		this.values = values;
		this.plans = plans;
		this.funding = funding;
		this.changes = changes;
	}

	// The plan's basics

	@GetMapping("/casework/plans/new")
	String newPlan(Model model) {
		return basics(null, PlanForms.Basics.EMPTY, Map.of(), model);
	}

	@PostMapping("/casework/plans/new")
	String record(@ModelAttribute("form") PlanForms.Basics form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest request = basics(form, errors);
		if (errors.isEmpty()) {
			Optional<ActionPlanView> recorded = this.values.attempt(() -> this.plans.record(request, false), errors,
					field -> field, "plan");
			if (recorded.isPresent()) {
				return "redirect:/plans/" + recorded.get().id();
			}
		}
		return basics(null, form, errors, model);
	}

	@GetMapping("/casework/plans/{id}/edit")
	String editBasics(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		return basics(plan, PlanForms.Basics.of(plan), Map.of(), model);
	}

	@PostMapping("/casework/plans/{id}/edit")
	String changeBasics(@PathVariable long id, @ModelAttribute("form") PlanForms.Basics form, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest basics = basics(form, errors);
		if (errors.isEmpty()) {
			Optional<String> saved = this.changes.change(id, form.version(),
					ActionPlanRequest.of(plan).withBasics(basics), errors, field -> field);
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return basics(plan, form, errors, model);
	}

	private String basics(@Nullable ActionPlanView plan, PlanForms.Basics form, Map<String, String> errors,
			Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("programmes", this.funding.allProgrammes());
		return "plans/basics-form";
	}

	private ActionPlanRequest basics(PlanForms.Basics form, Map<String, String> errors) {
		String name = this.values.required(form.name(), longest(ActionPlanRequest.class, "name"), "name", errors);
		LocalDate adoptedOn = this.values.date(form.adoptedOn(), false, "adoptedOn", errors);
		Integer firstYear = this.values.year(form.firstYear(), "firstYear", errors);
		Integer lastYear = this.values.year(form.lastYear(), "lastYear", errors);
		Long programmeId = this.values.id(form.programmeId(), "programmeId", errors);
		return new ActionPlanRequest(validatedLater(name),
				this.values.text(form.owner(), longest(ActionPlanRequest.class, "owner"), "owner", errors),
				this.values.text(form.adoptedBy(), longest(ActionPlanRequest.class, "adoptedBy"), "adoptedBy", errors),
				adoptedOn, firstYear, lastYear,
				this.values.text(form.purpose(), longest(ActionPlanRequest.class, "purpose"), "purpose", errors),
				Boolean.TRUE.equals(form.internal()), programmeId, List.of(), List.of(), List.of(), List.of(), null);
	}

	// A track, its focus areas and its initiatives

	@GetMapping("/casework/plans/{id}/tracks/new")
	String newTrack(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		return track(plan, null, PlanForms.Track.next(plan), Map.of(), model);
	}

	@GetMapping("/casework/plans/{id}/tracks/{no}/edit")
	String editTrack(@PathVariable long id, @PathVariable int no, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		ActionPlanView.TrackView track = trackOf(plan, no);
		return track(plan, no, PlanForms.Track.of(plan, track), Map.of(), model);
	}

	@PostMapping("/casework/plans/{id}/tracks/new")
	String addTrack(@PathVariable long id, @ModelAttribute("form") PlanForms.Track form, Model model) {
		return saveTrack(id, null, form, model);
	}

	@PostMapping("/casework/plans/{id}/tracks/{no}/edit")
	String changeTrack(@PathVariable long id, @PathVariable int no, @ModelAttribute("form") PlanForms.Track form,
			Model model) {
		return saveTrack(id, no, form, model);
	}

	private String saveTrack(long id, @Nullable Integer no, PlanForms.Track form, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		if (no != null) {
			trackOf(plan, no);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		TrackRequest track = track(form, links(plan), errors);
		if (errors.isEmpty()) {
			ActionPlanRequest whole = ActionPlanRequest.of(plan);
			List<TrackRequest> tracks = new ArrayList<>(whole.tracks());
			int index = no == null ? tracks.size() : indexOf(plan, no);
			if (no == null) {
				tracks.add(track);
			}
			else {
				tracks.set(index, track);
			}
			Optional<String> saved = this.changes.change(id, form.version(), whole.withTracks(tracks), errors,
					field -> trackInput(field, index));
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return track(plan, no, form, errors, model);
	}

	private String track(ActionPlanView plan, @Nullable Integer no, PlanForms.Track form, Map<String, String> errors,
			Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("trackNo", no);
		model.addAttribute("programmes", this.funding.allProgrammes());
		model.addAttribute("form", form.padded(NEW_ROWS));
		model.addAttribute("errors", errors);
		return "plans/track-form";
	}

	/**
	 * The initiatives as stored, by number: what their pool and granted project links
	 * are.
	 */
	private static Map<Integer, InitiativeRequest> links(ActionPlanView plan) {
		Map<Integer, InitiativeRequest> links = new HashMap<>();
		ActionPlanRequest.of(plan).tracks().forEach(t -> t.initiatives().forEach(i -> links.put(i.no(), i)));
		return links;
	}

	/**
	 * The track as the form says it. An initiative keeps the pool and granted project it
	 * was linked to (through the API) as long as it keeps its number; the programme is
	 * chosen on the form.
	 */
	private TrackRequest track(PlanForms.Track form, Map<Integer, InitiativeRequest> links,
			Map<String, String> errors) {
		Integer no = this.values.number(form.no(), true, "no", errors);
		String title = this.values.required(form.title(), longest(TrackRequest.class, "title"), "title", errors);
		List<FocusAreaRequest> areas = new ArrayList<>();
		for (int a = 0; a < form.areas().size(); a++) {
			PlanForms.Row row = form.areas().get(a);
			if (!row.isEmpty()) {
				areas.add(new FocusAreaRequest(
						validatedLater(this.values.number(row.no(), true, "area-" + a + "-no", errors)),
						validatedLater(this.values.required(row.title(), longest(FocusAreaRequest.class, "title"),
								"area-" + a + "-title", errors))));
			}
		}
		List<InitiativeRequest> initiatives = new ArrayList<>();
		for (int i = 0; i < form.initiatives().size(); i++) {
			PlanForms.Row row = form.initiatives().get(i);
			if (!row.isEmpty()) {
				Integer initiativeNo = this.values.number(row.no(), true, "initiative-" + i + "-no", errors);
				InitiativeRequest linked = links.get(initiativeNo);
				initiatives.add(new InitiativeRequest(validatedLater(initiativeNo),
						this.values.number(row.area(), false, "initiative-" + i + "-area", errors),
						validatedLater(this.values.required(row.title(), longest(InitiativeRequest.class, "title"),
								"initiative-" + i + "-title", errors)),
						this.values.text(row.description(), longest(InitiativeRequest.class, "description"),
								"initiative-" + i + "-description", errors),
						this.values.text(row.partners(), longest(InitiativeRequest.class, "partners"),
								"initiative-" + i + "-partners", errors),
						this.values.id(row.programme(), "initiative-" + i + "-programme", errors),
						linked == null ? null : linked.poolId(), linked == null ? null : linked.grantedProjectId()));
			}
		}
		return new TrackRequest(validatedLater(no), validatedLater(title),
				this.values.text(form.description(), longest(TrackRequest.class, "description"), "description", errors),
				areas, initiatives);
	}

	/**
	 * Where a rule about a track names its field, the input it was typed in; elsewhere in
	 * the plan, the form.
	 */
	private static String trackInput(String field, int index) {
		Matcher part = TRACK_PART.matcher(field);
		if (part.matches() && Integer.parseInt(part.group(1)) == index) {
			String list = part.group(2).equals("focusAreas") ? "area" : "initiative";
			return list + "-" + part.group(3) + "-" + (part.group(4).equals("no") ? "no" : "area");
		}
		if (field.equals("tracks[" + index + "].no")) {
			return "no";
		}
		return "plan";
	}

	// Shared

	private static ActionPlanView.TrackView trackOf(ActionPlanView plan, int no) {
		return plan.tracks()
			.stream()
			.filter(t -> t.no() == no)
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("track", no));
	}

	private static int indexOf(ActionPlanView plan, int no) {
		return plan.tracks().indexOf(trackOf(plan, no));
	}

}
