package dk.pulje.funding;

import dk.pulje.money.Amount;

/** An appropriation as the API shows it. */
public record AppropriationView(long id, long version, long agreementId, Long programmeId, Long poolId, int year,
		Amount amount, MoneyKind moneyKind, boolean demo) {
}
