package dk.pulje.funding;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;
import dk.pulje.rules.RuleViolation;

/**
 * Money for one year from one agreement to a programme or a pool, as operating money or
 * capital.
 */
@Table("appropriation")
class Appropriation {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private final Long agreementId;

	private final Long programmeId;

	private final @Nullable Long poolId;

	private final int fiscalYear;

	private final Amount amount;

	private final MoneyKind moneyKind;

	private final boolean demo;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Appropriation(@Nullable Long id, @Nullable Long version, Long agreementId, Long programmeId, @Nullable Long poolId,
			int fiscalYear, Amount amount, MoneyKind moneyKind, boolean demo) {
		this.id = id;
		this.version = version;
		this.agreementId = agreementId;
		this.programmeId = programmeId;
		this.poolId = poolId;
		this.fiscalYear = fiscalYear;
		this.amount = amount;
		this.moneyKind = moneyKind;
		this.demo = demo;
	}

	static Appropriation appropriate(long agreementId, Long programmeId, @Nullable Long poolId, int year, Amount amount,
			MoneyKind kind, boolean demo) {
		if (programmeId == null && poolId == null) {
			throw new RuleViolation("appropriation-without-target", "programmeId");
		}
		if (!amount.isPositive()) {
			throw new RuleViolation("amount-not-positive", "amount", amount);
		}
		return new Appropriation(null, null, agreementId, programmeId, poolId, year, amount, kind, demo);
	}

	AppropriationView view() {
		return new AppropriationView(Objects.requireNonNull(this.id, "not saved yet"),
				this.version == null ? 0 : this.version, this.agreementId, this.programmeId, this.poolId,
				this.fiscalYear, this.amount, this.moneyKind, this.demo);
	}

}
