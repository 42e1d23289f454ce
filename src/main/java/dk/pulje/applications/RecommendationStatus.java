package dk.pulje.applications;

/**
 * A recommendation list is drawn up by caseworkers, submitted as a whole to whoever
 * decides, and then decided as a whole.
 */
public enum RecommendationStatus {

	DRAFT, SUBMITTED, DECIDED

}
