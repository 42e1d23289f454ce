package dk.pulje.pools;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.ApproximateDate;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.TotalCheck;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;

/**
 * A pool with everything a caseworker or an applicant reads about it: its rules, its
 * calls, and the money: the amount, what its first calls offered, what was granted, what
 * is left; and warnings where a stated total and its parts disagree.
 */
public record PoolView(long id, long version, @Nullable Long programmeId, String name, @Nullable String purpose,
		@Nullable String authority, PoolStatus status, ApplicationForm applicationForm,
		Set<OrganisationType> eligibleTypes, List<ContentArea> contentAreas, @Nullable Amount amount,
		@Nullable String amountText, @Nullable StatedAmount statedTotal, YearlyAmounts yearlyAmounts,
		List<Earmark> earmarks, @Nullable ProjectPeriod projectPeriod, @Nullable ApproximateDate announced,
		List<ReportingRequirement> reportingRequirements, List<Indicator> indicators, List<Criterion> criteria,
		@Nullable BigDecimal minimumScore, Decider decidedBy, boolean recommenderMayDecide, HoldBack holdBack,
		List<Integer> reminderDaysBefore, List<CallView> calls, Amount offered, Amount granted, @Nullable Amount left,
		Amount earmarked, @Nullable Amount free, YearlyAmounts appropriated, List<TotalCheck> warnings, boolean demo) {

	static PoolView of(Pool pool, PoolStatus status, List<CallView> calls, YearlyAmounts appropriated) {
		Amount amount = pool.amount();
		Amount offered = calls.stream()
			.filter(c -> c.kind() == CallKind.FIRST)
			.map(CallView::amount)
			.reduce(Amount.ZERO, Amount::plus);
		Amount granted = calls.stream().map(CallView::granted).reduce(Amount.ZERO, Amount::plus);
		Amount earmarked = pool.earmarked();
		Amount offeredFree = calls.stream()
			.filter(c -> c.kind() == CallKind.FIRST && c.earmark() == null)
			.map(CallView::amount)
			.reduce(Amount.ZERO, Amount::plus);
		List<TotalCheck> warnings = new ArrayList<>();
		TotalCheck.disagreement("statedTotal", pool.statedTotal(), pool.yearlyAmounts()).ifPresent(warnings::add);
		if (amount != null) {
			TotalCheck.disagreement("appropriated", StatedAmount.exact(amount), appropriated).ifPresent(warnings::add);
		}
		return new PoolView(pool.id(), pool.version(), pool.programmeId(), pool.name(), pool.purpose(),
				pool.authority(), status, pool.applicationForm(), pool.eligibleTypes(), pool.contentAreas(), amount,
				amount == null ? null : amount.toDanishText(), pool.statedTotal(), pool.yearlyAmounts(),
				pool.earmarks(), pool.period(), pool.announced(), pool.reportingRequirements(), pool.indicators(),
				pool.criteria(), pool.minimumScore(), pool.decidedBy(), pool.recommenderMayDecide(), pool.holdBack(),
				pool.reminderDaysBefore(), calls, offered, granted, amount == null ? null : amount.minus(granted),
				earmarked, amount == null ? null : amount.minus(earmarked).minus(offeredFree), appropriated, warnings,
				pool.demo());
	}

	/**
	 * What the pool's applications are assessed against: its criteria, or one overall
	 * score when it has none.
	 */
	public List<Criterion> assessedBy() {
		return this.criteria.isEmpty() ? List.of(Criterion.OVERALL) : this.criteria;
	}

	public boolean hasContentArea(String code) {
		return this.contentAreas.stream().anyMatch(area -> area.code().equals(code));
	}

}
