package dk.pulje.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder of a report due is sent on a day: a set number of days before the due
 * date (to the project's organisation), on the day itself, or when the report is 14 days
 * overdue (to the caseworkers). A run that missed a day catches up within the window of
 * its reminder, and sends only the nearest one.
 */
record ReminderKind(String code, boolean toCaseworkers) {

	static final int OVERDUE_DAYS = 14;

	/** How long after its day a missed reminder is still sent. */
	static final int CATCH_UP_DAYS = 30;

	/**
	 * The reminder due today for a report due on {@code due}, if any.
	 * @param daysBefore the days before the due date to remind on, largest first
	 */
	static Optional<ReminderKind> on(LocalDate today, LocalDate due, List<Integer> daysBefore) {
		if (today.equals(due)) {
			return Optional.of(new ReminderKind("DUE", false));
		}
		if (!today.isBefore(due.plusDays(OVERDUE_DAYS)) && today.isBefore(due.plusDays(OVERDUE_DAYS + CATCH_UP_DAYS))) {
			return Optional.of(new ReminderKind("OVERDUE_" + OVERDUE_DAYS, true));
		}
		for (int i = daysBefore.size() - 1; i >= 0; i--) {
			int days = daysBefore.get(i);
			int nextDays = i == daysBefore.size() - 1 ? 0 : daysBefore.get(i + 1);
			if (!today.isBefore(due.minusDays(days)) && today.isBefore(due.minusDays(nextDays))) {
				return Optional.of(new ReminderKind("BEFORE_" + days, false));
			}
		}
		return Optional.empty();
	}

}
