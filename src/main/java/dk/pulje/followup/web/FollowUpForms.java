package dk.pulje.followup.web;

/** The follow-up group editor's forms as they post, every value as typed. */
final class FollowUpForms {

	private FollowUpForms() {
	}

	/**
	 * A group's name, purpose, programme, day established, meeting rhythm, and its tasks
	 * one per line.
	 */
	record Group(Long version, String name, String purpose, String programmeId, String establishedOn,
			String meetingRhythm, String tasks) {
	}

	/**
	 * A meeting held on a day, or expected as it was announced ("februar 2015"); its
	 * title and minutes.
	 */
	record Meeting(Long version, String heldOn, String expected, String title, String minutes) {
	}

	/**
	 * A milestone, the initiative it belongs to, the day it is due and the day it was
	 * reached.
	 */
	record Milestone(Long version, String title, String initiative, String dueOn, String reachedOn) {
	}

	/**
	 * A barrier: when it was noted, what it is, what was done about it, and when it was
	 * resolved.
	 */
	record Barrier(Long version, String notedOn, String description, String actionTaken, String resolvedOn) {
	}

}
