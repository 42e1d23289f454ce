package dk.pulje.followup;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up group as it is recorded or changed, whole. Members name the appointing
 * organisation by number.
 */
public record FollowUpGroupRequest(@NotBlank @Size(max = 300) String name, @Size(max = 4000) @Nullable String purpose,
		@Nullable Long programmeId, @Nullable LocalDate establishedOn, @Size(max = 300) @Nullable String meetingRhythm,
		List<@Valid AppointerRequest> appointers, List<@Valid MemberRequest> members,
		List<@NotBlank @Size(max = 2000) String> tasks, List<@Valid MeetingRequest> meetings,
		List<@Valid MilestoneRequest> milestones, List<@Valid BarrierRequest> barriers) {

	public record AppointerRequest(@NotNull @Min(1) Integer no, @NotBlank @Size(max = 300) String name) {
	}

	public record MemberRequest(@NotNull Integer appointerNo, @NotBlank @Size(max = 300) String name,
			@Size(max = 300) @Nullable String position) {
	}

	/**
	 * A meeting held on a day, or one expected as the source words it ("februar 2015");
	 * minutes are internal.
	 */
	public record MeetingRequest(@Nullable LocalDate heldOn, @Size(max = 100) @Nullable String expected,
			@Size(max = 300) @Nullable String title, @Size(max = 8000) @Nullable String minutes) {
	}

	public record MilestoneRequest(@NotBlank @Size(max = 300) String title,
			@Size(max = 300) @Nullable String initiative, @NotNull LocalDate dueOn, @Nullable LocalDate reachedOn) {
	}

	public record BarrierRequest(@NotNull LocalDate notedOn, @NotBlank @Size(max = 4000) String description,
			@Size(max = 4000) @Nullable String actionTaken, @Nullable LocalDate resolvedOn) {
	}

	/**
	 * The group with other basics (name, purpose, programme, day established, rhythm,
	 * tasks), the rest as it is.
	 */
	public FollowUpGroupRequest withBasics(FollowUpGroupRequest basics) {
		return new FollowUpGroupRequest(basics.name(), basics.purpose(), basics.programmeId(), basics.establishedOn(),
				basics.meetingRhythm(), this.appointers, this.members, basics.tasks(), this.meetings, this.milestones,
				this.barriers);
	}

	public FollowUpGroupRequest withMembers(List<AppointerRequest> appointers, List<MemberRequest> members) {
		return new FollowUpGroupRequest(this.name, this.purpose, this.programmeId, this.establishedOn,
				this.meetingRhythm, appointers, members, this.tasks, this.meetings, this.milestones, this.barriers);
	}

	public FollowUpGroupRequest withMeetings(List<MeetingRequest> meetings) {
		return new FollowUpGroupRequest(this.name, this.purpose, this.programmeId, this.establishedOn,
				this.meetingRhythm, this.appointers, this.members, this.tasks, meetings, this.milestones,
				this.barriers);
	}

	public FollowUpGroupRequest withMilestones(List<MilestoneRequest> milestones) {
		return new FollowUpGroupRequest(this.name, this.purpose, this.programmeId, this.establishedOn,
				this.meetingRhythm, this.appointers, this.members, this.tasks, this.meetings, milestones,
				this.barriers);
	}

	public FollowUpGroupRequest withBarriers(List<BarrierRequest> barriers) {
		return new FollowUpGroupRequest(this.name, this.purpose, this.programmeId, this.establishedOn,
				this.meetingRhythm, this.appointers, this.members, this.tasks, this.meetings, this.milestones,
				barriers);
	}

	/**
	 * The group as it is stored, as a request that would store it again unchanged. Only a
	 * view with the internal parts (minutes and barriers) shown can be one; from any
	 * other, storing again would lose them.
	 */
	public static FollowUpGroupRequest of(FollowUpGroupView group) {
		if (!group.internalShown()) {
			throw new IllegalStateException("a follow-up group is changed only by someone who sees all of it");
		}
		List<AppointerRequest> appointers = group.appointers()
			.stream()
			.map(a -> new AppointerRequest(a.no(), a.name()))
			.toList();
		List<MemberRequest> members = group.appointers()
			.stream()
			.flatMap(a -> a.members().stream().map(m -> new MemberRequest(a.no(), m.name(), m.position())))
			.toList();
		List<MeetingRequest> meetings = group.meetings()
			.stream()
			.map(m -> new MeetingRequest(m.heldOn(), m.expected() == null ? null : m.expected().asWritten(), m.title(),
					m.minutes()))
			.toList();
		List<MilestoneRequest> milestones = group.milestones()
			.stream()
			.map(m -> new MilestoneRequest(m.title(), m.initiative(), m.dueOn(), m.reachedOn()))
			.toList();
		List<BarrierRequest> barriers = group.barriers()
			.stream()
			.map(b -> new BarrierRequest(b.notedOn(), b.description(), b.actionTaken(), b.resolvedOn()))
			.toList();
		return new FollowUpGroupRequest(group.name(), group.purpose(), group.programmeId(), group.establishedOn(),
				group.meetingRhythm(), appointers, members, group.tasks(), meetings, milestones, barriers);
	}

}
