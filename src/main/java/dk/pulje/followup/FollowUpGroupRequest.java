package dk.pulje.followup;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A follow-up group as it is recorded or changed, whole. Members name the appointing organisation by number. */
public record FollowUpGroupRequest(@NotBlank @Size(max = 300) String name, @Size(max = 4000) String purpose,
		Long programmeId, LocalDate establishedOn, @Size(max = 300) String meetingRhythm,
		List<@Valid AppointerRequest> appointers, List<@Valid MemberRequest> members,
		List<@NotBlank @Size(max = 2000) String> tasks, List<@Valid MeetingRequest> meetings,
		List<@Valid MilestoneRequest> milestones, List<@Valid BarrierRequest> barriers) {

	public record AppointerRequest(@NotNull @Min(1) Integer no, @NotBlank @Size(max = 300) String name) {
	}

	public record MemberRequest(@NotNull Integer appointerNo, @NotBlank @Size(max = 300) String name,
			@Size(max = 300) String position) {
	}

	/** A meeting held on a day, or one expected as the source words it ("februar 2015"); minutes are internal. */
	public record MeetingRequest(LocalDate heldOn, @Size(max = 100) String expected, @Size(max = 300) String title,
			@Size(max = 8000) String minutes) {
	}

	public record MilestoneRequest(@NotBlank @Size(max = 300) String title, @Size(max = 300) String initiative,
			@NotNull LocalDate dueOn, LocalDate reachedOn) {
	}

	public record BarrierRequest(@NotNull LocalDate notedOn, @NotBlank @Size(max = 4000) String description,
			@Size(max = 4000) String actionTaken, LocalDate resolvedOn) {
	}

}
