package dk.pulje.grants;

/**
 * Where a granted project is in its life, as the public list shows it: running until its
 * project period ends, then reporting until the authority closes it.
 */
public enum ProjectStage {

	RUNNING, REPORTING, CLOSED

}
