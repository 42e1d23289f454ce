package dk.pulje.applications;

/** Tilsagn in full, tilsagn for part of what was asked, or afslag. */
public enum DecisionOutcome {

	GRANTED_IN_FULL, GRANTED_IN_PART, REJECTED;

	public boolean grants() {
		return this != REJECTED;
	}

}
