package dk.pulje.grants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.pulje.applications.ApplicationDecided;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.money.Amount;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unspent money claimed back from a project: never more than was paid for the year,
 * due thirty days after it is claimed, and settled by the repayments recorded.
 */
class RepaymentClaimTests {

	private static final LocalDate APPROVED = LocalDate.of(2021, 5, 3);

	private final GrantedProject project = GrantedProject.of(
			new ApplicationDecided(1, 2, 3, 4, "Akutfunktion i Aarhus", DecisionOutcome.GRANTED_IN_FULL,
					YearlyAmounts.of(Map.of(2018, Amount.ofKroner(600_000), 2019, Amount.ofKroner(400_000))), Set.of(),
					OffsetDateTime.of(2018, 1, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1)), false),
			ProjectPeriod.years(2018, 2020), List.of());

	private void pay(PaymentKind kind, int year, long kroner) {
		this.project.record(new PaymentRequest(kind, LocalDate.of(year, 12, 1), year, Amount.ofKroner(kroner), null),
				APPROVED);
	}

	@Test
	void aClaimIsDueThirtyDaysAfterItIsMadeAndRepaymentsSettleIt() {
		pay(PaymentKind.PAYMENT, 2018, 600_000);

		this.project.claimRepayment(YearlyAmounts.of(Map.of(2018, Amount.ofOre(3_525_050))), APPROVED, 7);

		assertThat(this.project.claims()).singleElement()
			.satisfies(claim -> assertThat(claim.dueOn()).isEqualTo(LocalDate.of(2021, 6, 2)));
		assertThat(this.project.outstanding()).isEqualTo(Amount.ofOre(3_525_050));
		pay(PaymentKind.REPAYMENT, 2018, 35_000);
		assertThat(this.project.outstanding()).isEqualTo(Amount.ofOre(25_050));
	}

	@Test
	void aClaimAboveWhatWasPaidForTheYearIsRefused() {
		pay(PaymentKind.PAYMENT, 2019, 100_000);

		assertThatThrownBy(() -> this.project.claimRepayment(YearlyAmounts.of(Map.of(2019, Amount.ofOre(10_000_001))),
				APPROVED, 7))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> {
				assertThat(refused.rule()).isEqualTo("claim-above-paid");
				assertThat(refused.field()).isEqualTo("unspent.2019");
			});
		assertThat(this.project.claims()).isEmpty();
	}

	@Test
	void whatWasClaimedBeforeCannotBeClaimedAgain() {
		pay(PaymentKind.PAYMENT, 2018, 600_000);
		this.project.claimRepayment(YearlyAmounts.of(Map.of(2018, Amount.ofKroner(500_000))), APPROVED, 7);

		assertThatThrownBy(() -> this.project.claimRepayment(YearlyAmounts.of(Map.of(2018, Amount.ofKroner(100_001))),
				APPROVED, 8))
			.isInstanceOf(RuleViolation.class);
	}

}
