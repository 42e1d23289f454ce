package dk.pulje.pools;

/**
 * Who decides a pool's recommended lists: the caseworkers' own authority, or a
 * decision-maker apart from them (a board, a committee, a minister's office).
 */
public enum Decider {

	CASEWORKER, DECISION_MAKER

}
