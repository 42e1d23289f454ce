package dk.pulje.grants;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * A payment or repayment to record: on which day, against which year's grant, how much,
 * and its voucher.
 */
public record PaymentRequest(@NotNull PaymentKind kind, @NotNull LocalDate paidOn, @NotNull Integer fiscalYear,
		@NotNull Amount amount, @Size(max = 100) @Nullable String reference) {
}
