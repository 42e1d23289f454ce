package dk.pulje.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.followup.FollowUpGroupRequest.BarrierRequest;
import dk.pulje.followup.FollowUpGroupRequest.MeetingRequest;
import dk.pulje.followup.FollowUpGroupRequest.MilestoneRequest;
import dk.pulje.followup.FollowUpGroupRequest;
import dk.pulje.followup.FollowUpGroupView;
import dk.pulje.followup.FollowUpManagement;
import dk.pulje.funding.FundingManagement;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.web.FormValues;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormCheck.longest;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * The pages on which the authority's staff set up a follow-up group and keep its record:
 * the group itself, its meetings with their minutes, its milestones and when they were
 * reached, and its log of barriers. Every form changes the group whole, against the
 * version the page showed, and comes back as typed with each problem at its field when it
 * is refused.
 */
@Controller
class FollowUpEditor implements Pages {

	/**
	 * Empty rows the members form offers for new appointing organisations and members.
	 */
	private static final int NEW_ROWS = 3;

	private final FollowUpManagement groups;

	private final FundingManagement funding;

	private final FormValues values;

	FollowUpEditor(FollowUpManagement groups, FundingManagement funding, FormValues values) {
		this.groups = groups;
		this.funding = funding;
		this.values = values;
	}

	// The group

	@GetMapping("/casework/follow-up-groups/new")
	String newGroup(Model model) {
		return group(null, new FollowUpForms.Group(null, null, null, null, null, null, null), Map.of(), model);
	}

	@PostMapping("/casework/follow-up-groups/new")
	String setUp(@ModelAttribute("form") FollowUpForms.Group form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		FollowUpGroupRequest request = group(form, errors);
		if (errors.isEmpty()) {
			Optional<FollowUpGroupView> set = this.values.attempt(() -> this.groups.set(request, false), errors,
					field -> field, "group");
			if (set.isPresent()) {
				return "redirect:/follow-up-groups/" + set.get().id();
			}
		}
		return group(null, form, errors, model);
	}

	@GetMapping("/casework/follow-up-groups/{id}/edit")
	String editGroup(@PathVariable long id, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		return group(group,
				new FollowUpForms.Group(group.version(), group.name(), group.purpose(),
						group.programmeId() == null ? null : group.programmeId().toString(),
						group.establishedOn() == null ? null : group.establishedOn().toString(), group.meetingRhythm(),
						String.join("\n", group.tasks())),
				Map.of(), model);
	}

	@PostMapping("/casework/follow-up-groups/{id}/edit")
	String changeGroup(@PathVariable long id, @ModelAttribute("form") FollowUpForms.Group form, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		Map<String, String> errors = new LinkedHashMap<>();
		FollowUpGroupRequest basics = group(form, errors);
		return save(group, form.version(), whole -> whole.withBasics(basics), errors, field -> field)
			.orElseGet(() -> group(group, form, errors, model));
	}

	private String group(@Nullable FollowUpGroupView group, FollowUpForms.Group form, Map<String, String> errors,
			Model model) {
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("programmes", this.funding.allProgrammes());
		return "followup/group-form";
	}

	private FollowUpGroupRequest group(FollowUpForms.Group form, Map<String, String> errors) {
		List<String> tasks = FormValues.blank(form.tasks()) ? List.of()
				: form.tasks()
					.lines()
					.map(line -> this.values.text(line, longest(FollowUpGroupRequest.class, "tasks"), "tasks", errors))
					.filter(Objects::nonNull)
					.toList();
		return new FollowUpGroupRequest(
				validatedLater(
						this.values.required(form.name(), longest(FollowUpGroupRequest.class, "name"), "name", errors)),
				this.values.text(form.purpose(), longest(FollowUpGroupRequest.class, "purpose"), "purpose", errors),
				this.values.id(form.programmeId(), "programmeId", errors),
				this.values.date(form.establishedOn(), false, "establishedOn", errors),
				this.values.text(form.meetingRhythm(), longest(FollowUpGroupRequest.class, "meetingRhythm"),
						"meetingRhythm", errors),
				List.of(), List.of(), tasks, List.of(), List.of(), List.of());
	}

	// Appointing organisations and members

	@GetMapping("/casework/follow-up-groups/{id}/members")
	String editMembers(@PathVariable long id, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		return members(group, MemberForm.of(group), Map.of(), model);
	}

	@PostMapping("/casework/follow-up-groups/{id}/members")
	String saveMembers(@PathVariable long id, @ModelAttribute("form") MemberForm form, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Integer> appointerRows = new ArrayList<>();
		List<FollowUpGroupRequest.AppointerRequest> appointers = new ArrayList<>();
		for (int r = 0; r < form.appointers().size(); r++) {
			MemberForm.Row row = form.appointers().get(r);
			if (!row.isEmpty()) {
				appointerRows.add(r);
				appointers.add(new FollowUpGroupRequest.AppointerRequest(
						validatedLater(this.values.number(row.no(), true, "appointer-" + r + "-no", errors)),
						validatedLater(this.values.required(row.name(),
								longest(FollowUpGroupRequest.AppointerRequest.class, "name"),
								"appointer-" + r + "-name", errors))));
			}
		}
		List<Integer> memberRows = new ArrayList<>();
		List<FollowUpGroupRequest.MemberRequest> members = new ArrayList<>();
		for (int r = 0; r < form.members().size(); r++) {
			MemberForm.Row row = form.members().get(r);
			if (!row.isEmpty()) {
				memberRows.add(r);
				members.add(new FollowUpGroupRequest.MemberRequest(
						validatedLater(this.values.number(row.no(), true, "member-" + r + "-no", errors)),
						validatedLater(this.values.required(row.name(),
								longest(FollowUpGroupRequest.MemberRequest.class, "name"), "member-" + r + "-name",
								errors)),
						this.values.text(row.position(), longest(FollowUpGroupRequest.MemberRequest.class, "position"),
								"member-" + r + "-position", errors)));
			}
		}
		return save(group, form.version(), whole -> whole.withMembers(appointers, members), errors,
				field -> memberInput(field, appointerRows, memberRows))
			.orElseGet(() -> members(group, form, errors, model));
	}

	private String members(FollowUpGroupView group, MemberForm form, Map<String, String> errors, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("form", form.padded(NEW_ROWS));
		model.addAttribute("errors", errors);
		return "followup/members-form";
	}

	/**
	 * "appointers[2].no" and "members[0].appointerNo" name the form rows they were typed
	 * in.
	 */
	private static String memberInput(String field, List<Integer> appointerRows, List<Integer> memberRows) {
		Matcher part = Pattern.compile("(appointers|members)\\[(\\d+)]\\..*").matcher(field);
		if (!part.matches()) {
			return "group";
		}
		int index = Integer.parseInt(part.group(2));
		return part.group(1).equals("appointers") ? "appointer-" + appointerRows.get(index) + "-no"
				: "member-" + memberRows.get(index) + "-no";
	}

	// Meetings

	@GetMapping("/casework/follow-up-groups/{id}/meetings/new")
	String newMeeting(@PathVariable long id, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		return meeting(group, null, new FollowUpForms.Meeting(group.version(), null, null, null, null), Map.of(),
				model);
	}

	@GetMapping("/casework/follow-up-groups/{id}/meetings/{n}/edit")
	String editMeeting(@PathVariable long id, @PathVariable int n, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		FollowUpGroupView.MeetingView meeting = nth(group.meetings(), n);
		return meeting(group, n, new FollowUpForms.Meeting(group.version(), text(meeting.heldOn()),
				meeting.expected() == null ? null : meeting.expected().asWritten(), meeting.title(), meeting.minutes()),
				Map.of(), model);
	}

	@PostMapping({ "/casework/follow-up-groups/{id}/meetings/new",
			"/casework/follow-up-groups/{id}/meetings/{n}/edit" })
	String saveMeeting(@PathVariable long id, @PathVariable(required = false) Integer n,
			@ModelAttribute("form") FollowUpForms.Meeting form, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		Map<String, String> errors = new LinkedHashMap<>();
		MeetingRequest meeting = new MeetingRequest(this.values.date(form.heldOn(), false, "heldOn", errors),
				this.values.text(form.expected(), longest(MeetingRequest.class, "expected"), "expected", errors),
				this.values.text(form.title(), longest(MeetingRequest.class, "title"), "title", errors),
				this.values.text(form.minutes(), longest(MeetingRequest.class, "minutes"), "minutes", errors));
		return save(group, form.version(), whole -> whole.withMeetings(put(whole.meetings(), n, meeting)), errors,
				part("meetings", n, group.meetings().size()))
			.orElseGet(() -> meeting(group, n, form, errors, model));
	}

	private String meeting(FollowUpGroupView group, @Nullable Integer n, FollowUpForms.Meeting form,
			Map<String, String> errors, Model model) {
		return part(group, n, form, errors, model, "followup/meeting-form");
	}

	// Milestones

	@GetMapping("/casework/follow-up-groups/{id}/milestones/new")
	String newMilestone(@PathVariable long id, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		return milestone(group, null, new FollowUpForms.Milestone(group.version(), null, null, null, null), Map.of(),
				model);
	}

	@GetMapping("/casework/follow-up-groups/{id}/milestones/{n}/edit")
	String editMilestone(@PathVariable long id, @PathVariable int n, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		FollowUpGroupView.MilestoneView milestone = nth(group.milestones(), n);
		return milestone(group, n, new FollowUpForms.Milestone(group.version(), milestone.title(),
				milestone.initiative(), text(milestone.dueOn()), text(milestone.reachedOn())), Map.of(), model);
	}

	@PostMapping({ "/casework/follow-up-groups/{id}/milestones/new",
			"/casework/follow-up-groups/{id}/milestones/{n}/edit" })
	String saveMilestone(@PathVariable long id, @PathVariable(required = false) Integer n,
			@ModelAttribute("form") FollowUpForms.Milestone form, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		Map<String, String> errors = new LinkedHashMap<>();
		MilestoneRequest milestone = new MilestoneRequest(
				validatedLater(
						this.values.required(form.title(), longest(MilestoneRequest.class, "title"), "title", errors)),
				this.values.text(form.initiative(), longest(MilestoneRequest.class, "initiative"), "initiative",
						errors),
				validatedLater(this.values.date(form.dueOn(), true, "dueOn", errors)),
				this.values.date(form.reachedOn(), false, "reachedOn", errors));
		return save(group, form.version(), whole -> whole.withMilestones(put(whole.milestones(), n, milestone)), errors,
				part("milestones", n, group.milestones().size()))
			.orElseGet(() -> milestone(group, n, form, errors, model));
	}

	private String milestone(FollowUpGroupView group, @Nullable Integer n, FollowUpForms.Milestone form,
			Map<String, String> errors, Model model) {
		return part(group, n, form, errors, model, "followup/milestone-form");
	}

	// Barriers

	@GetMapping("/casework/follow-up-groups/{id}/barriers/new")
	String newBarrier(@PathVariable long id, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		return barrier(group, null, new FollowUpForms.Barrier(group.version(), null, null, null, null), Map.of(),
				model);
	}

	@GetMapping("/casework/follow-up-groups/{id}/barriers/{n}/edit")
	String editBarrier(@PathVariable long id, @PathVariable int n, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		FollowUpGroupView.BarrierView barrier = nth(group.barriers(), n);
		return barrier(group, n, new FollowUpForms.Barrier(group.version(), text(barrier.notedOn()),
				barrier.description(), barrier.actionTaken(), text(barrier.resolvedOn())), Map.of(), model);
	}

	@PostMapping({ "/casework/follow-up-groups/{id}/barriers/new",
			"/casework/follow-up-groups/{id}/barriers/{n}/edit" })
	String saveBarrier(@PathVariable long id, @PathVariable(required = false) Integer n,
			@ModelAttribute("form") FollowUpForms.Barrier form, Model model) {
		FollowUpGroupView group = this.groups.group(id);
		Map<String, String> errors = new LinkedHashMap<>();
		BarrierRequest barrier = new BarrierRequest(
				validatedLater(this.values.date(form.notedOn(), true, "notedOn", errors)),
				validatedLater(this.values.required(form.description(), longest(BarrierRequest.class, "description"),
						"description", errors)),
				this.values.text(form.actionTaken(), longest(BarrierRequest.class, "actionTaken"), "actionTaken",
						errors),
				this.values.date(form.resolvedOn(), false, "resolvedOn", errors));
		return save(group, form.version(), whole -> whole.withBarriers(put(whole.barriers(), n, barrier)), errors,
				part("barriers", n, group.barriers().size()))
			.orElseGet(() -> barrier(group, n, form, errors, model));
	}

	private String barrier(FollowUpGroupView group, @Nullable Integer n, FollowUpForms.Barrier form,
			Map<String, String> errors, Model model) {
		return part(group, n, form, errors, model, "followup/barrier-form");
	}

	// Shared

	private String part(FollowUpGroupView group, @Nullable Integer n, Record form, Map<String, String> errors,
			Model model, String template) {
		model.addAttribute("group", group);
		model.addAttribute("n", n);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return template;
	}

	/**
	 * Changes the group whole, as the request read it, by the change given, against the
	 * version the form showed (a change stored since has a newer version and is refused);
	 * when the form itself had problems, nothing is tried. On success, where to go: the
	 * group's page.
	 */
	private Optional<String> save(FollowUpGroupView group, @Nullable Long version,
			UnaryOperator<FollowUpGroupRequest> change, Map<String, String> errors, UnaryOperator<String> inputOf) {
		if (!errors.isEmpty()) {
			return Optional.empty();
		}
		long id = group.id();
		FollowUpGroupRequest changed = change.apply(whole(group));
		return this.values
			.attempt(() -> this.groups.change(id, version == null ? -1 : version, changed), errors, inputOf, "group")
			.map(saved -> "redirect:/follow-up-groups/" + id + "?saved");
	}

	private static FollowUpGroupRequest whole(FollowUpGroupView group) {
		return FollowUpGroupRequest.of(group);
	}

	/**
	 * The list with the n-th part (counted from 1) replaced, or with a new part added at
	 * the end when n is null.
	 */
	private static <T> List<T> put(List<T> parts, Integer n, T part) {
		List<T> changed = new ArrayList<>(parts == null ? List.of() : parts);
		if (n == null) {
			changed.add(part);
		}
		else {
			changed.set(n - 1, part);
		}
		return changed;
	}

	/**
	 * A rule about the part being edited ("meetings[2].heldOn") names its input
	 * ("heldOn"); others, the form.
	 */
	private static UnaryOperator<String> part(String list, Integer n, int existing) {
		String prefix = list + "[" + (n == null ? existing : n - 1) + "].";
		return field -> field.startsWith(prefix) ? field.substring(prefix.length()) : "group";
	}

	private static <T> T nth(List<T> parts, int n) {
		if (n < 1 || n > parts.size()) {
			throw new RecordNotFound("part", n);
		}
		return parts.get(n - 1);
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return date == null ? null : date.toString();
	}

}
