package dk.pulje.money;

import java.time.LocalDate;

/**
 * The days a project runs, both ends included ("projektperiode 2018 - 2020" is 1 January
 * 2018 to 31 December 2020).
 */
public record ProjectPeriod(LocalDate start, LocalDate end) {

	public ProjectPeriod {
		if (start == null || end == null) {
			throw new IllegalArgumentException("a project period needs a first and a last day");
		}
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("a project period cannot end before it starts");
		}
	}

	public static ProjectPeriod years(int first, int last) {
		return new ProjectPeriod(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
	}

	/** Whether any day of the year lies inside the period. */
	public boolean covers(int year) {
		return year >= this.start.getYear() && year <= this.end.getYear();
	}

	/**
	 * The day something is due a number of months after the period ends: 31 Dec 2020 and
	 * 3 months is 31 Mar 2021. A period that ends on a month's last day gives the last
	 * day of the later month (30 Sep and 3 months is 31 Dec), as a person counting months
	 * would.
	 */
	public LocalDate monthsAfterEnd(int months) {
		if (months < 0) {
			throw new IllegalArgumentException("months after the period cannot be negative");
		}
		LocalDate due = this.end.plusMonths(months);
		boolean endsOnLastDay = this.end.getDayOfMonth() == this.end.lengthOfMonth();
		return endsOnLastDay ? due.withDayOfMonth(due.lengthOfMonth()) : due;
	}

}
