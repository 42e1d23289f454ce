package dk.pulje.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.pulje.funding.FundingManagement;
import dk.pulje.paging.Paging;
import dk.pulje.plans.ActionPlanRequest.AssessmentRequest;
import dk.pulje.plans.ActionPlanRequest.FocusAreaRequest;
import dk.pulje.plans.ActionPlanRequest.IndicatorRequest;
import dk.pulje.plans.ActionPlanRequest.InitiativeRequest;
import dk.pulje.plans.ActionPlanRequest.StatusRequest;
import dk.pulje.plans.ActionPlanRequest.TrackRequest;
import dk.pulje.plans.ActionPlanRequest.ValueRequest;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Formats;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

/**
 * The pages on which the authority's staff record a plan and keep it up: its basics, each track with its focus
 * areas and initiatives, and each reporting year's assessments, statuses and indicator values. Every form changes
 * the plan whole, against the version the page showed: a change made meanwhile by someone else is never written
 * over, and a refused form comes back as typed with each problem at its field.
 */
@Controller
class PlanEditor implements Pages {

	/** Empty rows a track form offers for new focus areas and initiatives. */
	private static final int NEW_ROWS = 3;

	/** The longest names, titles, texts and notes the plan keeps, as its request allows them. */
	private static final int TITLE = 300;

	private static final int NAME = 200;

	private static final int TEXT = 4000;

	private static final int NOTE = 1000;

	private static final int UNIT = 100;

	private static final Pattern TRACK_PART = Pattern
		.compile("tracks\\[(\\d+)]\\.(focusAreas|initiatives)\\[(\\d+)]\\.(no|focusAreaNo)");

	private final PlanManagement plans;

	private final FundingManagement funding;

	private final FieldMessages messages;

	private final Formats formats;

	private final FormValues values;

	PlanEditor(PlanManagement plans, FundingManagement funding, FieldMessages messages, Formats formats,
			FormValues values) {
		this.values = values;
		this.plans = plans;
		this.funding = funding;
		this.messages = messages;
		this.formats = formats;
	}

	// The plan's basics

	@GetMapping("/plans/new")
	String newPlan(Model model) {
		return basics(null, PlanForms.Basics.EMPTY, Map.of(), model);
	}

	@PostMapping("/plans/new")
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

	@GetMapping("/plans/{id}/edit")
	String editBasics(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		return basics(plan, PlanForms.Basics.of(plan), Map.of(), model);
	}

	@PostMapping("/plans/{id}/edit")
	String changeBasics(@PathVariable long id, @ModelAttribute("form") PlanForms.Basics form, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest basics = basics(form, errors);
		if (errors.isEmpty()) {
			Optional<String> saved = change(id, form.version(), ActionPlanRequest.of(plan).withBasics(basics),
					errors, field -> field);
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return basics(plan, form, errors, model);
	}

	private String basics(ActionPlanView plan, PlanForms.Basics form, Map<String, String> errors, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("programmes", programmes());
		return "plans/basics-form";
	}

	private ActionPlanRequest basics(PlanForms.Basics form, Map<String, String> errors) {
		String name = this.values.required(form.name(), TITLE, "name", errors);
		LocalDate adoptedOn = this.values.date(form.adoptedOn(), false, "adoptedOn", errors);
		Integer firstYear = this.values.year(form.firstYear(), "firstYear", errors);
		Integer lastYear = this.values.year(form.lastYear(), "lastYear", errors);
		Long programmeId = FormValues.blank(form.programmeId()) ? null : Long.valueOf(form.programmeId().strip());
		return new ActionPlanRequest(name, this.values.text(form.owner(), NAME, "owner", errors),
				this.values.text(form.adoptedBy(), NAME, "adoptedBy", errors), adoptedOn, firstYear, lastYear,
				this.values.text(form.purpose(), TEXT, "purpose", errors), Boolean.TRUE.equals(form.internal()), programmeId, List.of(), List.of(),
				List.of(), List.of(), null);
	}

	private List<dk.pulje.funding.ProgrammeView> programmes() {
		return this.funding
			.programmes(null, null, null, Paging.of(0, Paging.MAX_SIZE, "name", FundingManagement.PROGRAMME_SORTS, "name"))
			.items();
	}

	// A track, its focus areas and its initiatives

	@GetMapping("/plans/{id}/tracks/new")
	String newTrack(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		PlanForms.Track form = new PlanForms.Track();
		form.setVersion(plan.version());
		form.setNo(String.valueOf(plan.tracks().stream().mapToInt(ActionPlanView.TrackView::no).max().orElse(0) + 1));
		return track(plan, null, form, Map.of(), model);
	}

	@GetMapping("/plans/{id}/tracks/{no}/edit")
	String editTrack(@PathVariable long id, @PathVariable int no, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		ActionPlanView.TrackView track = trackOf(plan, no);
		PlanForms.Track form = new PlanForms.Track();
		form.setVersion(plan.version());
		form.setNo(String.valueOf(track.no()));
		form.setTitle(track.title());
		form.setDescription(track.description());
		track.focusAreas().forEach(a -> form.getAreas().add(row(a.no(), null, a.title(), null, null)));
		track.initiatives().forEach(i -> {
			PlanForms.Row row = row(i.no(), i.focusAreaNo(), i.title(), i.partners(), i.description());
			row.setProgramme(i.programmeId() == null ? null : i.programmeId().toString());
			form.getInitiatives().add(row);
		});
		return track(plan, no, form, Map.of(), model);
	}

	@PostMapping("/plans/{id}/tracks/new")
	String addTrack(@PathVariable long id, @ModelAttribute("form") PlanForms.Track form, Model model) {
		return saveTrack(id, null, form, model);
	}

	@PostMapping("/plans/{id}/tracks/{no}/edit")
	String changeTrack(@PathVariable long id, @PathVariable int no, @ModelAttribute("form") PlanForms.Track form,
			Model model) {
		return saveTrack(id, no, form, model);
	}

	private String saveTrack(long id, Integer no, PlanForms.Track form, Model model) {
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
			Optional<String> saved = change(id, form.getVersion(), whole.withTracks(tracks), errors,
					field -> trackInput(field, index));
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return track(plan, no, form, errors, model);
	}

	private String track(ActionPlanView plan, Integer no, PlanForms.Track form, Map<String, String> errors,
			Model model) {
		while (form.getAreas().stream().filter(PlanForms.Row::isEmpty).count() < NEW_ROWS) {
			form.getAreas().add(new PlanForms.Row());
		}
		while (form.getInitiatives().stream().filter(PlanForms.Row::isEmpty).count() < NEW_ROWS) {
			form.getInitiatives().add(new PlanForms.Row());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("trackNo", no);
		model.addAttribute("programmes", programmes());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plans/track-form";
	}

	/** The initiatives as stored, by number: what their pool and granted project links are. */
	private static Map<Integer, InitiativeRequest> links(ActionPlanView plan) {
		Map<Integer, InitiativeRequest> links = new java.util.HashMap<>();
		ActionPlanRequest.of(plan).tracks().forEach(t -> t.initiatives().forEach(i -> links.put(i.no(), i)));
		return links;
	}

	/**
	 * The track as the form says it. An initiative keeps the pool and granted project it was linked to (through the
	 * API) as long as it keeps its number; the programme is chosen on the form.
	 */
	private TrackRequest track(PlanForms.Track form, Map<Integer, InitiativeRequest> links, Map<String, String> errors) {
		Integer no = this.values.number(form.getNo(), true, "no", errors);
		String title = this.values.required(form.getTitle(), TITLE, "title", errors);
		List<FocusAreaRequest> areas = new ArrayList<>();
		for (int a = 0; a < form.getAreas().size(); a++) {
			PlanForms.Row row = form.getAreas().get(a);
			if (!row.isEmpty()) {
				areas.add(new FocusAreaRequest(this.values.number(row.getNo(), true, "area-" + a + "-no", errors),
						this.values.required(row.getTitle(), TITLE, "area-" + a + "-title", errors)));
			}
		}
		List<InitiativeRequest> initiatives = new ArrayList<>();
		for (int i = 0; i < form.getInitiatives().size(); i++) {
			PlanForms.Row row = form.getInitiatives().get(i);
			if (!row.isEmpty()) {
				Integer initiativeNo = this.values.number(row.getNo(), true, "initiative-" + i + "-no", errors);
				InitiativeRequest linked = links.get(initiativeNo);
				initiatives.add(new InitiativeRequest(initiativeNo,
						this.values.number(row.getArea(), false, "initiative-" + i + "-area", errors),
						this.values.required(row.getTitle(), TITLE, "initiative-" + i + "-title", errors),
						this.values.text(row.getDescription(), TEXT, "initiative-" + i + "-description", errors),
						this.values.text(row.getPartners(), NOTE, "initiative-" + i + "-partners", errors),
						FormValues.blank(row.getProgramme()) ? null : Long.valueOf(row.getProgramme().strip()),
						linked == null ? null : linked.poolId(), linked == null ? null : linked.grantedProjectId()));
			}
		}
		return new TrackRequest(no, title, this.values.text(form.getDescription(), TEXT, "description", errors), areas,
				initiatives);
	}

	/** Where a rule about a track names its field, the input it was typed in; elsewhere in the plan, the form. */
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

	// The indicators

	@GetMapping("/plans/{id}/indicators")
	String editIndicators(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		PlanForms.Indicators form = new PlanForms.Indicators();
		form.setVersion(plan.version());
		for (ActionPlanView.IndicatorView indicator : plan.indicators()) {
			PlanForms.IndicatorRow row = new PlanForms.IndicatorRow();
			row.setNo(String.valueOf(indicator.no()));
			row.setName(indicator.name());
			row.setUnit(indicator.unit());
			row.setBaseline(this.formats.inputNumber(indicator.baseline()));
			row.setTarget(this.formats.inputNumber(indicator.target()));
			form.getRows().add(row);
		}
		return indicators(plan, form, Map.of(), model);
	}

	/** Indicators kept by number keep their values; a removed indicator takes its values with it. */
	@PostMapping("/plans/{id}/indicators")
	String saveIndicators(@PathVariable long id, @ModelAttribute("form") PlanForms.Indicators form, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest whole = ActionPlanRequest.of(plan);
		Map<Integer, List<ValueRequest>> values = new java.util.HashMap<>();
		whole.indicators().forEach(i -> values.put(i.no(), i.values()));
		List<IndicatorRequest> indicators = new ArrayList<>();
		for (int r = 0; r < form.getRows().size(); r++) {
			PlanForms.IndicatorRow row = form.getRows().get(r);
			if (row.isEmpty()) {
				continue;
			}
			String input = "indicator-" + r;
			Integer no = this.values.number(row.getNo(), true, input + "-no", errors);
			indicators.add(new IndicatorRequest(no, this.values.required(row.getName(), TITLE, input + "-name", errors),
					this.values.required(row.getUnit(), UNIT, input + "-unit", errors), this.values.decimal(row.getBaseline(), input + "-baseline", errors),
					this.values.decimal(row.getTarget(), input + "-target", errors), no == null ? List.of()
							: values.getOrDefault(no, List.of())));
		}
		if (errors.isEmpty()) {
			Optional<String> saved = change(id, form.getVersion(),
					whole.withFollowUp(whole.assessments(), whole.statuses(), indicators), errors,
					field -> field.matches("indicators\\[\\d+]\\.no") ? "indicator-" + indicatorRow(form, field) + "-no"
							: "plan");
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return indicators(plan, form, errors, model);
	}

	private String indicators(ActionPlanView plan, PlanForms.Indicators form, Map<String, String> errors,
			Model model) {
		while (form.getRows().stream().filter(PlanForms.IndicatorRow::isEmpty).count() < NEW_ROWS) {
			form.getRows().add(new PlanForms.IndicatorRow());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plans/indicators-form";
	}

	/** The form row of the n-th indicator saved, counting only the rows that were filled in. */
	private static int indicatorRow(PlanForms.Indicators form, String field) {
		int saved = Integer.parseInt(field.replaceAll("\\D", ""));
		for (int r = 0, filled = -1; r < form.getRows().size(); r++) {
			if (!form.getRows().get(r).isEmpty() && ++filled == saved) {
				return r;
			}
		}
		return saved;
	}

	// A reporting year

	@GetMapping("/plans/{id}/year")
	String editYear(@PathVariable long id, @RequestParam int year, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		PlanForms.Year form = new PlanForms.Year();
		form.setVersion(plan.version());
		for (ActionPlanView.TrackView track : plan.tracks()) {
			ActionPlanView.AssessmentView assessment = track.assessmentIn(year);
			if (assessment != null) {
				form.getProgress().put(key(track.no()), assessment.progress().name());
				form.getReasoning().put(key(track.no()), assessment.reasoning());
			}
			for (ActionPlanView.InitiativeView initiative : track.initiatives()) {
				ActionPlanView.StatusView status = initiative.statusIn(year);
				if (status != null) {
					form.getStatus().put(key(initiative.no()), status.status().name());
					form.getSummary().put(key(initiative.no()), status.summary());
				}
			}
		}
		for (ActionPlanView.IndicatorView indicator : plan.indicators()) {
			ActionPlanView.ValueView value = indicator.valueIn(year);
			if (value != null) {
				form.getValue().put(key(indicator.no()), this.formats.inputNumber(value.value()));
				form.getApproximate().put(key(indicator.no()), value.approximate() ? "true" : null);
				form.getNote().put(key(indicator.no()), value.note());
			}
		}
		return year(plan, year, form, Map.of(), model);
	}

	@PostMapping("/plans/{id}/year")
	String saveYear(@PathVariable long id, @RequestParam int year, @ModelAttribute("form") PlanForms.Year form,
			Model model) {
		ActionPlanView plan = this.plans.plan(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ActionPlanRequest whole = ActionPlanRequest.of(plan);
		List<AssessmentRequest> assessments = new ArrayList<>(
				whole.assessments().stream().filter(a -> a.year() != year).toList());
		List<StatusRequest> statuses = new ArrayList<>(whole.statuses().stream().filter(s -> s.year() != year).toList());
		for (ActionPlanView.TrackView track : plan.tracks()) {
			String progress = form.getProgress().get(key(track.no()));
			if (!FormValues.blank(progress)) {
				assessments.add(new AssessmentRequest(track.no(), year,
						this.values.choice(Progress.class, progress, "progress-" + track.no(), errors),
						this.values.text(form.getReasoning().get(key(track.no())), TEXT, "reasoning-" + track.no(), errors)));
			}
			for (ActionPlanView.InitiativeView initiative : track.initiatives()) {
				String status = form.getStatus().get(key(initiative.no()));
				if (!FormValues.blank(status)) {
					statuses.add(new StatusRequest(initiative.no(), year,
							this.values.choice(InitiativeState.class, status, "status-" + initiative.no(), errors),
							this.values.text(form.getSummary().get(key(initiative.no())), TEXT, "summary-" + initiative.no(),
									errors)));
				}
			}
		}
		List<IndicatorRequest> indicators = new ArrayList<>();
		for (IndicatorRequest indicator : whole.indicators()) {
			List<ValueRequest> values = new ArrayList<>(
					indicator.values().stream().filter(v -> v.period() != year).toList());
			BigDecimal value = this.values.decimal(form.getValue().get(key(indicator.no())), "value-" + indicator.no(),
					errors);
			if (value != null) {
				values.add(new ValueRequest(year, value, "true".equals(form.getApproximate().get(key(indicator.no()))),
						this.values.text(form.getNote().get(key(indicator.no())), NOTE, "note-" + indicator.no(),
								errors)));
			}
			values.sort(java.util.Comparator.comparing(ValueRequest::period));
			indicators.add(new IndicatorRequest(indicator.no(), indicator.name(), indicator.unit(),
					indicator.baseline(), indicator.target(), values));
		}
		if (errors.isEmpty()) {
			Optional<String> saved = change(id, form.getVersion(),
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

	// Shared

	/**
	 * Saves the whole plan against the version the form showed. On success, where to go: the plan's page. On a
	 * broken rule, each problem at the input the field maps to; on a change made meanwhile, a problem for the form.
	 */
	private Optional<String> change(long id, Long version, ActionPlanRequest request, Map<String, String> errors,
			java.util.function.UnaryOperator<String> inputOf) {
		return this.values
			.attempt(() -> this.plans.change(id, version == null ? -1 : version, request), errors, inputOf, "plan")
			.map(saved -> "redirect:/plans/" + id + "?saved");
	}

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

	private static PlanForms.Row row(int no, Integer area, String title, String partners, String description) {
		PlanForms.Row row = new PlanForms.Row();
		row.setNo(String.valueOf(no));
		row.setArea(area == null ? null : area.toString());
		row.setTitle(title);
		row.setPartners(partners);
		row.setDescription(description);
		return row;
	}

	private static String key(int no) {
		return String.valueOf(no);
	}

}
