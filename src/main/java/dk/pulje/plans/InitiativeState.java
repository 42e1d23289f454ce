package dk.pulje.plans;

/** Where an initiative stands in a reporting year. */
public enum InitiativeState {

	PLANNED, UNDER_WAY, COMPLETED, DELAYED, STOPPED

}
