package dk.pulje.funding;

/**
 * Tells funding whether a pool exists, so that money can be appropriated to it. The pools
 * feature implements it; funding itself knows nothing of pools.
 */
public interface PoolTargets {

	boolean exists(long poolId);

}
