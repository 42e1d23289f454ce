package dk.pulje.funding;

/** Operating money (drift) or capital (anlæg, marked "(A)" in the sources). */
public enum MoneyKind {

	OPERATING, CAPITAL

}
