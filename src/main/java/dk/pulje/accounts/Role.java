package dk.pulje.accounts;

/** The roles of Pulje's users. */
public enum Role {

	ADMINISTRATOR

}
