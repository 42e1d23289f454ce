package dk.pulje.pools;

/**
 * Where a pool stands, read from its latest call and the date: announced (no call open yet), open, re-posted (a
 * re-post is open), closed (deadline passed, nothing decided yet), being decided, allocated (the allocation of the
 * latest call is complete).
 */
public enum PoolStatus {

	ANNOUNCED, OPEN, RE_POSTED, CLOSED, BEING_DECIDED, ALLOCATED

}
