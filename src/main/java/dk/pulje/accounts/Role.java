package dk.pulje.accounts;

import java.util.EnumSet;
import java.util.Set;

/** The roles of Pulje's users. Each account has one. */
public enum Role {

	/** Manages accounts and roles, and may do what a caseworker does. */
	ADMINISTRATOR,

	/** Manages pools, calls, applications and decisions at the authority. */
	CASEWORKER,

	/**
	 * Scores the applications assigned to it (assignments come with the review workflow).
	 */
	REVIEWER,

	/** Reads everything but personal data, and changes nothing. */
	ANALYST,

	/** Works on its own organisations' applications. */
	APPLICANT,

	/**
	 * Decides the recommendation lists put before it: a board, a committee or a
	 * minister's office, apart from the caseworkers who recommend.
	 */
	DECISION_MAKER;

	/** The authority's own staff, who manage pools and decide. */
	static final Set<Role> STAFF = EnumSet.of(ADMINISTRATOR, CASEWORKER);

}
