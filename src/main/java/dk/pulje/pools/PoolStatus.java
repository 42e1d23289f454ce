package dk.pulje.pools;

/**
 * Where a pool stands, read from its latest call and the date: in preparation (no call,
 * and no word yet of when one comes), announced (a call or its expected time is
 * announced, but none is open yet), open, re-posted (a re-post is open), closed (deadline
 * passed, nothing decided yet), being decided, allocated (the allocation of the latest
 * call is complete).
 */
public enum PoolStatus {

	IN_PREPARATION, ANNOUNCED, OPEN, RE_POSTED, CLOSED, BEING_DECIDED, ALLOCATED

}
