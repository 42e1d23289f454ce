package dk.pulje.funding;

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
	private Long id;

	@Version
	private Long version;

	private final Long agreementId;

	private final Long programmeId;

	private final Long poolId;

	private final int fiscalYear;

	private final Amount amount;

	private final MoneyKind moneyKind;

	private final boolean demo;

	@PersistenceCreator
	Appropriation(Long id, Long version, Long agreementId, Long programmeId, Long poolId, int fiscalYear, Amount amount,
			MoneyKind moneyKind, boolean demo) {
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

	static Appropriation appropriate(long agreementId, Long programmeId, Long poolId, int year, Amount amount,
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
		return new AppropriationView(this.id, this.version == null ? 0 : this.version, this.agreementId,
				this.programmeId, this.poolId, this.fiscalYear, this.amount, this.moneyKind, this.demo);
	}

}
