package dk.pulje.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.ApproximateDate;

/**
 * A follow-up group as the API and its page show it. Meeting minutes and the barrier log
 * are included only for readers who may see internal matters ({@code internalShown}); a
 * milestone's state is read against today.
 */
public record FollowUpGroupView(long id, long version, String name, @Nullable String purpose,
		@Nullable Long programmeId, @Nullable LocalDate establishedOn, @Nullable String meetingRhythm,
		List<AppointerView> appointers, List<String> tasks, List<MeetingView> meetings, List<MilestoneView> milestones,
		List<BarrierView> barriers, boolean internalShown, boolean demo) {

	public record AppointerView(int no, String name, List<MemberView> members) {
	}

	public record MemberView(String name, @Nullable String position) {
	}

	public record MeetingView(@Nullable LocalDate heldOn, @Nullable ApproximateDate expected, @Nullable String title,
			@Nullable String minutes) {
	}

	/**
	 * Due (not yet reached, not yet late), late (past its day and not reached), or
	 * reached (on time or late).
	 */
	public enum MilestoneState {

		DUE, LATE, REACHED, REACHED_LATE

	}

	public record MilestoneView(String title, @Nullable String initiative, LocalDate dueOn,
			@Nullable LocalDate reachedOn, MilestoneState state) {
	}

	public record BarrierView(LocalDate notedOn, String description, @Nullable String actionTaken,
			@Nullable LocalDate resolvedOn) {
	}

	static FollowUpGroupView of(FollowUpGroup group, LocalDate today, boolean internal) {
		List<AppointerView> appointers = group.appointers()
			.stream()
			.map(a -> new AppointerView(a.appointerNo(), a.name(),
					group.members()
						.stream()
						.filter(m -> m.appointerNo() == a.appointerNo())
						.map(m -> new MemberView(m.name(), m.position()))
						.toList()))
			.toList();
		List<MeetingView> meetings = group.meetings()
			.stream()
			.map(m -> new MeetingView(m.heldOn(),
					m.expectedAsWritten() == null ? null
							: ApproximateDate.parseDanish(m.expectedAsWritten(),
									group.establishedOn() == null ? null : group.establishedOn().getYear()),
					m.title(), internal ? m.minutes() : null))
			.toList();
		List<MilestoneView> milestones = group.milestones()
			.stream()
			.map(m -> new MilestoneView(m.title(), m.initiative(), m.dueOn(), m.reachedOn(), state(m, today)))
			.toList();
		List<BarrierView> barriers = internal ? group.barriers()
			.stream()
			.map(b -> new BarrierView(b.notedOn(), b.description(), b.actionTaken(), b.resolvedOn()))
			.toList() : List.of();
		return new FollowUpGroupView(group.id(), group.version(), group.name(), group.purpose(), group.programmeId(),
				group.establishedOn(), group.meetingRhythm(), appointers,
				group.tasks().stream().map(FollowUpGroup.Task::description).toList(), meetings, milestones, barriers,
				internal, group.demo());
	}

	private static MilestoneState state(FollowUpGroup.Milestone milestone, LocalDate today) {
		if (milestone.reachedOn() != null) {
			return milestone.reachedOn().isAfter(milestone.dueOn()) ? MilestoneState.REACHED_LATE
					: MilestoneState.REACHED;
		}
		return today.isAfter(milestone.dueOn()) ? MilestoneState.LATE : MilestoneState.DUE;
	}

}
