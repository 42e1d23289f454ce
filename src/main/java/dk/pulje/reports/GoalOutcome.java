package dk.pulje.reports;

/** How far the project reached one of the goals its application set. */
public enum GoalOutcome {

	REACHED, PARTLY_REACHED, NOT_REACHED

}
