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
	APPLICANT;

	/** The authority's own staff, who manage pools and decide. */
	static final Set<Role> STAFF = EnumSet.of(ADMINISTRATOR, CASEWORKER);

}
