package dk.pulje.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.ApproximateDate;
import dk.pulje.rules.RuleViolation;

import static dk.pulje.rules.Numbered.known;
import static dk.pulje.rules.Numbered.list;
import static dk.pulje.rules.Numbered.unique;

/**
 * A follow-up group, whole. It checks that a member is appointed by one of its appointing
 * organisations, that a meeting is dated or expected, that a milestone is not reached
 * before it was set up to be followed, and that a barrier is not resolved before it was
 * noted.
 */
@Table("follow_up_group")
class FollowUpGroup {

	@Table("follow_up_appointer")
	record Appointer(int appointerNo, String name) {
	}

	@Table("follow_up_member")
	record Member(int appointerNo, String name, @Nullable String position) {
	}

	@Table("follow_up_task")
	record Task(String description) {
	}

	@Table("follow_up_meeting")
	record Meeting(@Nullable LocalDate heldOn, @Nullable String expectedAsWritten, @Nullable String title,
			@Nullable String minutes) {
	}

	@Table("follow_up_milestone")
	record Milestone(String title, @Nullable String initiative, LocalDate dueOn, @Nullable LocalDate reachedOn) {
	}

	@Table("follow_up_barrier")
	record Barrier(LocalDate notedOn, String description, @Nullable String actionTaken,
			@Nullable LocalDate resolvedOn) {
	}

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private String name;

	private @Nullable String purpose;

	private @Nullable Long programmeId;

	private @Nullable LocalDate establishedOn;

	private @Nullable String meetingRhythm;

	private final boolean demo;

	@MappedCollection(idColumn = "follow_up_group_id", keyColumn = "line_no")
	private List<Appointer> appointers = new ArrayList<>();

	@MappedCollection(idColumn = "follow_up_group_id", keyColumn = "line_no")
	private List<Member> members = new ArrayList<>();

	@MappedCollection(idColumn = "follow_up_group_id", keyColumn = "line_no")
	private List<Task> tasks = new ArrayList<>();

	@MappedCollection(idColumn = "follow_up_group_id", keyColumn = "line_no")
	private List<Meeting> meetings = new ArrayList<>();

	@MappedCollection(idColumn = "follow_up_group_id", keyColumn = "line_no")
	private List<Milestone> milestones = new ArrayList<>();

	@MappedCollection(idColumn = "follow_up_group_id", keyColumn = "line_no")
	private List<Barrier> barriers = new ArrayList<>();

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	FollowUpGroup(@Nullable Long id, @Nullable Long version, boolean demo) {
		this.id = id;
		this.version = version;
		this.demo = demo;
	}

	static FollowUpGroup set(FollowUpGroupRequest request, boolean demo) {
		FollowUpGroup group = new FollowUpGroup(null, null, demo);
		group.write(request);
		return group;
	}

	void change(FollowUpGroupRequest request) {
		write(request);
	}

	private void write(FollowUpGroupRequest r) {
		this.name = r.name().strip();
		this.purpose = r.purpose();
		this.programmeId = r.programmeId();
		this.establishedOn = r.establishedOn();
		this.meetingRhythm = r.meetingRhythm();
		Set<Integer> appointerNos = new HashSet<>();
		List<Appointer> newAppointers = new ArrayList<>();
		var appointerRequests = list(r.appointers());
		for (int i = 0; i < appointerRequests.size(); i++) {
			unique(appointerNos, appointerRequests.get(i).no(), "appointers[" + i + "].no");
			newAppointers.add(new Appointer(appointerRequests.get(i).no(), appointerRequests.get(i).name().strip()));
		}
		List<Member> newMembers = new ArrayList<>();
		var memberRequests = list(r.members());
		for (int i = 0; i < memberRequests.size(); i++) {
			var m = memberRequests.get(i);
			known(appointerNos, m.appointerNo(), "members[" + i + "].appointerNo");
			newMembers.add(new Member(m.appointerNo(), m.name().strip(), m.position()));
		}
		List<Meeting> newMeetings = new ArrayList<>();
		var meetingRequests = list(r.meetings());
		for (int i = 0; i < meetingRequests.size(); i++) {
			var m = meetingRequests.get(i);
			if (m.heldOn() == null && (m.expected() == null || m.expected().isBlank())) {
				throw new RuleViolation("meeting-undated", "meetings[" + i + "].heldOn");
			}
			if (m.expected() != null && !m.expected().isBlank()) {
				readable(m.expected(), "meetings[" + i + "].expected");
			}
			newMeetings.add(new Meeting(m.heldOn(), m.expected(), m.title(), m.minutes()));
		}
		List<Milestone> newMilestones = list(r.milestones()).stream()
			.map(m -> new Milestone(m.title().strip(), m.initiative(), m.dueOn(), m.reachedOn()))
			.toList();
		List<Barrier> newBarriers = new ArrayList<>();
		var barrierRequests = list(r.barriers());
		for (int i = 0; i < barrierRequests.size(); i++) {
			var b = barrierRequests.get(i);
			if (b.resolvedOn() != null && b.resolvedOn().isBefore(b.notedOn())) {
				throw new RuleViolation("resolved-before-noted", "barriers[" + i + "].resolvedOn", b.resolvedOn(),
						b.notedOn());
			}
			newBarriers.add(new Barrier(b.notedOn(), b.description(), b.actionTaken(), b.resolvedOn()));
		}
		this.appointers = newAppointers;
		this.members = newMembers;
		this.tasks = new ArrayList<>(list(r.tasks()).stream().map(t -> new Task(t.strip())).toList());
		this.meetings = newMeetings;
		this.milestones = new ArrayList<>(newMilestones);
		this.barriers = newBarriers;
	}

	private static void readable(String expected, String field) {
		try {
			ApproximateDate.parseDanish(expected);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("announcement-unreadable", field, expected);
		}
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	Long version() {
		return Objects.requireNonNull(this.version, "not saved yet");
	}

	String name() {
		return this.name;
	}

	@Nullable String purpose() {
		return this.purpose;
	}

	@Nullable Long programmeId() {
		return this.programmeId;
	}

	@Nullable LocalDate establishedOn() {
		return this.establishedOn;
	}

	@Nullable String meetingRhythm() {
		return this.meetingRhythm;
	}

	boolean demo() {
		return this.demo;
	}

	List<Appointer> appointers() {
		return this.appointers;
	}

	List<Member> members() {
		return this.members;
	}

	List<Task> tasks() {
		return this.tasks;
	}

	List<Meeting> meetings() {
		return this.meetings;
	}

	List<Milestone> milestones() {
		return this.milestones;
	}

	List<Barrier> barriers() {
		return this.barriers;
	}

}
