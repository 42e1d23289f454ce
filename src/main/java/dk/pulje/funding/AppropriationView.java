package dk.pulje.funding;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/** An appropriation as the API shows it. */
public record AppropriationView(long id, long version, long agreementId, Long programmeId, @Nullable Long poolId,
		int year, Amount amount, MoneyKind moneyKind, boolean demo) {
}
