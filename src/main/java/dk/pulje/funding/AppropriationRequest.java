package dk.pulje.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * Money for one year from an agreement to a programme or a pool; operating money unless
 * said otherwise.
 */
public record AppropriationRequest(@NotNull Long agreementId, Long programmeId, @Nullable Long poolId,
		@NotNull @Min(1900) @Max(2200) Integer year, @NotNull Amount amount, @Nullable MoneyKind moneyKind) {
}
