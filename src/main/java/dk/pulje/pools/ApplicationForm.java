package dk.pulje.pools;

/**
 * Whether an organisation may apply alone, or only together with others ("kan søges af
 * kommuner, regioner og almen praksis sammen": together, and across the sectors named).
 */
public enum ApplicationForm {

	/** Alone, or with partners. */
	ALONE_OR_JOINT,

	/** Two or more organisations together. */
	JOINT,

	/**
	 * Two or more organisations of at least two different kinds (a municipality with a
	 * region, say).
	 */
	JOINT_ACROSS_TYPES

}
