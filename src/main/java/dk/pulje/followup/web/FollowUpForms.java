package dk.pulje.followup.web;

import org.jspecify.annotations.Nullable;

/** The follow-up group editor's forms as they post, every value as typed. */
final class FollowUpForms {

	private FollowUpForms() {
	}

	/**
	 * A group's name, purpose, programme, day established, meeting rhythm, and its tasks
	 * one per line.
	 */
	record Group(@Nullable Long version, @Nullable String name, @Nullable String purpose, @Nullable String programmeId,
			@Nullable String establishedOn, @Nullable String meetingRhythm, @Nullable String tasks) {
	}

	/**
	 * A meeting held on a day, or expected as it was announced ("februar 2015"); its
	 * title and minutes.
	 */
	record Meeting(Long version, @Nullable String heldOn, @Nullable String expected, @Nullable String title,
			@Nullable String minutes) {
	}

	/**
	 * A milestone, the initiative it belongs to, the day it is due and the day it was
	 * reached.
	 */
	record Milestone(Long version, @Nullable String title, @Nullable String initiative, @Nullable String dueOn,
			@Nullable String reachedOn) {
	}

	/**
	 * A barrier: when it was noted, what it is, what was done about it, and when it was
	 * resolved.
	 */
	record Barrier(Long version, @Nullable String notedOn, @Nullable String description, @Nullable String actionTaken,
			@Nullable String resolvedOn) {
	}

}
