package dk.pulje.grants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.applications.ApplicationDecided;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.pools.HoldBack;
import dk.pulje.pools.ReportingRequirement;
import dk.pulje.rules.RuleViolation;

/** A project that was granted money, what it was granted, and what it owes in reports. */
@Table("granted_project")
class GrantedProject {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private Long applicationId;

	private Long callId;

	private Long poolId;

	private Long organisationId;

	private String title;

	@Embedded.Empty(prefix = "period_")
	private ProjectPeriod period;

	private OffsetDateTime grantedAt;

	/**
	 * What the years add up to, and the earliest report due; kept for the public list to
	 * sort and show.
	 */
	private Amount grantedTotal;

	private @Nullable LocalDate nextReportDue;

	/** What has been paid, net of repayments; kept for lists and overviews. */
	private Amount paidTotal = Amount.ZERO;

	@MappedCollection(idColumn = "granted_project_id", keyColumn = "line_no")
	private List<GrantedYear> years = new ArrayList<>();

	@MappedCollection(idColumn = "granted_project_id", keyColumn = "line_no")
	private List<ReportingObligation> obligations = new ArrayList<>();

	@MappedCollection(idColumn = "granted_project_id", keyColumn = "line_no")
	private List<Payment> payments = new ArrayList<>();

	@MappedCollection(idColumn = "granted_project_id", keyColumn = "line_no")
	private List<RepaymentClaim> claims = new ArrayList<>();

	/** What of the grant is held back until the final report is approved. */
	private Amount heldBack = Amount.ZERO;

	private boolean heldBackReleased;

	private @Nullable OffsetDateTime closedAt;

	private @Nullable String closedBy;

	private final boolean demo;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	GrantedProject(@Nullable Long id, @Nullable Long version, boolean demo) {
		this.id = id;
		this.version = version;
		this.demo = demo;
	}

	/**
	 * The project a grant creates. Each of the pool's reporting requirements becomes an
	 * obligation due the stated number of months after the project period ends.
	 */
	static GrantedProject of(ApplicationDecided grant, ProjectPeriod period, List<ReportingRequirement> requirements) {
		return of(grant, period, requirements, HoldBack.NONE);
	}

	/**
	 * The project a grant creates, with what the pool holds back of it until the final
	 * report is approved.
	 */
	static GrantedProject of(ApplicationDecided grant, ProjectPeriod period, List<ReportingRequirement> requirements,
			HoldBack holdBack) {
		GrantedProject project = new GrantedProject(null, null, grant.demo());
		project.applicationId = grant.applicationId();
		project.callId = grant.callId();
		project.poolId = grant.poolId();
		project.organisationId = grant.leadOrganisationId();
		project.title = grant.title();
		project.period = period;
		project.grantedAt = grant.decidedAt();
		grant.grantedByYear()
			.byYear()
			.forEach((year, amount) -> project.years
				.add(new GrantedYear(year, amount, grant.conditionalYears().contains(year), null, null)));
		requirements.forEach(r -> project.obligations.add(new ReportingObligation(r.reportKind(),
				period.monthsAfterEnd(r.monthsAfterEnd()), r.auditedAccounts(), r.contents(), null, null)));
		project.grantedTotal = project.granted().total();
		project.heldBack = holdBack.of(project.granted());
		project.nextReportDue = project.earliestDue();
		return project;
	}

	private @Nullable LocalDate earliestDue() {
		return this.obligations.stream().map(ReportingObligation::dueDate).min(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * Moves the due date of one of the project's reports (numbered from 1), with the
	 * reason, which is kept beside the date first computed.
	 */
	void moveDueDate(int obligationNo, LocalDate newDueDate, @Nullable String reason) {
		requireOpen();
		List<RuleViolation> problems = new ArrayList<>();
		if (obligationNo < 1 || obligationNo > this.obligations.size()) {
			problems.add(new RuleViolation("obligation-unknown", "obligationNo", obligationNo));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new RuleViolation("due-date-reason-missing", "reason"));
		}
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		this.obligations.set(obligationNo - 1,
				this.obligations.get(obligationNo - 1).movedTo(newDueDate, Objects.requireNonNull(reason).strip()));
		this.nextReportDue = earliestDue();
	}

	YearlyAmounts granted() {
		return YearlyAmounts.summing(this.years, GrantedYear::fiscalYear, GrantedYear::amount);
	}

	/** The years granted on the condition of their Finance Act and not confirmed yet. */
	Set<Integer> conditionalYears() {
		return this.years.stream()
			.filter(GrantedYear::conditional)
			.map(GrantedYear::fiscalYear)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * What the conditional years come to: money promised, but not yet firm.
	 */
	Amount conditionalTotal() {
		return this.years.stream()
			.filter(GrantedYear::conditional)
			.map(GrantedYear::amount)
			.reduce(Amount.ZERO, Amount::plus);
	}

	/**
	 * Confirms a year granted on the condition of its Finance Act, once the act provides
	 * the money: the year is then firm and can be paid.
	 */
	void confirmYear(int fiscalYear, String by, OffsetDateTime at) {
		for (int i = 0; i < this.years.size(); i++) {
			GrantedYear year = this.years.get(i);
			if (year.fiscalYear() == fiscalYear) {
				if (!year.conditional()) {
					throw new RuleViolation("year-not-conditional", "fiscalYear", fiscalYear);
				}
				this.years.set(i, year.confirmed(by, at));
				return;
			}
		}
		throw new RuleViolation("payment-year-not-granted", "fiscalYear", fiscalYear);
	}

	/** What has been paid by fiscal year, net of repayments. */
	YearlyAmounts paid() {
		return YearlyAmounts.summing(this.payments, Payment::fiscalYear, Payment::net);
	}

	/**
	 * Records a payment or a repayment. A payment may not take what is paid for a year
	 * above what was granted for it, a repayment may not give back more than was paid for
	 * the year, and money is recorded as paid only once it has been: never on a day still
	 * to come. Every broken rule is reported at once.
	 */
	void record(PaymentRequest request, LocalDate today) {
		requireOpen();
		List<RuleViolation> problems = new ArrayList<>();
		if (!request.amount().isPositive()) {
			problems.add(new RuleViolation("amount-not-positive", "amount", request.amount()));
		}
		if (request.paidOn().isAfter(today)) {
			problems.add(new RuleViolation("payment-in-future", "paidOn", request.paidOn()));
		}
		int year = request.fiscalYear();
		Amount granted = granted().in(year);
		Amount paid = paid().in(year);
		if (!granted.isPositive()) {
			problems.add(new RuleViolation("payment-year-not-granted", "fiscalYear", year));
		}
		else if (request.kind() == PaymentKind.PAYMENT && conditionalYears().contains(year)) {
			problems.add(new RuleViolation("payment-year-conditional", "fiscalYear", year));
		}
		else if (request.kind() == PaymentKind.PAYMENT && paid.plus(request.amount()).isGreaterThan(granted)) {
			problems.add(new RuleViolation("payment-above-grant", "amount", request.amount(), year, granted, paid));
		}
		else if (request.kind() == PaymentKind.REPAYMENT && request.amount().isGreaterThan(paid)) {
			problems.add(new RuleViolation("repayment-above-paid", "amount", request.amount(), year, paid));
		}
		else if (request.kind() == PaymentKind.PAYMENT && !this.heldBackReleased && this.heldBack.isPositive()
				&& paid().total().plus(request.amount()).isGreaterThan(this.grantedTotal.minus(this.heldBack))) {
			problems.add(new RuleViolation("payment-held-back", "amount", request.amount(), this.heldBack,
					this.grantedTotal.minus(this.heldBack).minus(paid().total())));
		}
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		this.payments.add(new Payment(request.kind(), request.paidOn(), year, request.amount(),
				request.reference() == null || request.reference().isBlank() ? null : request.reference().strip()));
		this.paidTotal = paid().total();
	}

	/**
	 * Claims back the money paid for each year but not spent, as approved accounts show
	 * it, due {@link RepaymentClaim#DAYS_TO_PAY} days after it is claimed. A claim never
	 * asks back more than was paid for its year, net of what was claimed before.
	 */
	void claimRepayment(YearlyAmounts unspent, LocalDate claimedOn, long reportId) {
		requireOpen();
		YearlyAmounts paid = paid();
		YearlyAmounts claimed = claimed();
		List<RuleViolation> problems = new ArrayList<>();
		unspent.byYear().forEach((year, amount) -> {
			Amount claimable = paid.in(year).minus(claimed.in(year));
			if (amount.isGreaterThan(claimable)) {
				problems.add(new RuleViolation("claim-above-paid", "unspent." + year, amount, year, claimable));
			}
		});
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		unspent.byYear()
			.forEach((year, amount) -> this.claims.add(new RepaymentClaim(year, amount, claimedOn,
					claimedOn.plusDays(RepaymentClaim.DAYS_TO_PAY), reportId)));
	}

	/**
	 * Closes the project: nothing about it changes after. What must be done first (its
	 * reports approved) is the reports' to say; the project itself refuses to close while
	 * a repayment claim is outstanding.
	 */
	void close(String by, OffsetDateTime at) {
		requireOpen();
		Amount outstanding = outstanding();
		if (outstanding.isPositive()) {
			throw new RuleViolation("project-claims-outstanding", "repaymentClaims", outstanding);
		}
		this.closedAt = at;
		this.closedBy = by;
	}

	/** The final report is approved: what was held back may be paid. */
	void releaseHoldBack() {
		this.heldBackReleased = true;
	}

	private void requireOpen() {
		if (this.closedAt != null) {
			throw new RuleViolation("project-closed", "status", this.closedAt);
		}
	}

	List<RepaymentClaim> claims() {
		return List.copyOf(this.claims);
	}

	/** What has been claimed back, by fiscal year. */
	YearlyAmounts claimed() {
		return YearlyAmounts.summing(this.claims, RepaymentClaim::fiscalYear, RepaymentClaim::amount);
	}

	/** What has been paid back, by fiscal year. */
	YearlyAmounts repaid() {
		return YearlyAmounts.summing(this.payments.stream().filter(p -> p.kind() == PaymentKind.REPAYMENT).toList(),
				Payment::fiscalYear, Payment::amount);
	}

	/**
	 * What is claimed back and not yet repaid, in all: a claim is settled by repayments.
	 */
	Amount outstanding() {
		YearlyAmounts claimed = claimed();
		YearlyAmounts repaid = repaid();
		return claimed.byYear()
			.keySet()
			.stream()
			.map(year -> claimed.in(year).isGreaterThan(repaid.in(year)) ? claimed.in(year).minus(repaid.in(year))
					: Amount.ZERO)
			.reduce(Amount.ZERO, Amount::plus);
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	GrantedProjectView view() {
		YearlyAmounts granted = granted();
		YearlyAmounts paid = paid();
		return new GrantedProjectView(Objects.requireNonNull(this.id, "not saved yet"), version(), this.applicationId,
				this.callId, this.poolId, this.organisationId, this.title, this.period, granted, granted.total(),
				granted.total().toDanishText(), conditionalYears(), conditionalTotal(),
				DanishTime.shown(this.grantedAt), List.copyOf(this.obligations), List.copyOf(this.payments), paid,
				paid.total(), granted.total().minus(paid.total()), List.copyOf(this.claims), claimed().total(),
				repaid().total(), outstanding(), this.heldBack, this.heldBackReleased, DanishTime.shown(this.closedAt),
				this.closedBy, this.demo);
	}

}
