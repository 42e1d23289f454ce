package dk.pulje.pools;

/**
 * A call before it opens, while it is open, after its deadline, and once its allocation
 * is complete.
 */
public enum CallStatus {

	UPCOMING, OPEN, CLOSED, ALLOCATED

}
