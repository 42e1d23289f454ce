package dk.pulje.organisations;

/**
 * The kinds of organisation a pool can name as eligible ("kan søges af kommuner, regioner
 * og almen praksis").
 */
public enum OrganisationType {

	MUNICIPALITY, REGION, GENERAL_PRACTICE, PRIVATE_ORGANISATION, STATE_BODY;

	/**
	 * Municipalities and regions are public authorities identified by their official
	 * code.
	 */
	public boolean hasOfficialCode() {
		return this == MUNICIPALITY || this == REGION;
	}

}
