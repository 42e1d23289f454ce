package dk.pulje.applications;

/**
 * Draft, then submitted, then either withdrawn by the applicant or decided by the
 * authority.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, WITHDRAWN, DECIDED

}
