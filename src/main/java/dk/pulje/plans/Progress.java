package dk.pulje.plans;

/** How a track of a plan is assessed in a reporting year. */
public enum Progress {

	GOOD_PROGRESS, PARTLY_REACHED, BEHIND, NOT_STARTED

}
