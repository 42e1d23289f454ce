package dk.pulje.pools;

/**
 * A pool's first posting of its money, or a re-post (genopslag) of what an earlier call
 * left.
 */
public enum CallKind {

	FIRST, REPOST

}
