package dk.pulje.accounts;

import java.util.concurrent.ThreadLocalRandom;

import dk.pulje.money.Cvr;

/** Fresh CVR numbers that pass the modulus-11 check, for organisations made in tests. */
final class OrganisationCvrs {

	private OrganisationCvrs() {
	}

	static String fresh() {
		while (true) {
			String candidate = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000, 100_000_000));
			if (Cvr.isValid(candidate)) {
				return candidate;
			}
		}
	}

}
