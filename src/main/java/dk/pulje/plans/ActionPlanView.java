package dk.pulje.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An action plan as the API and the pages show it: its tracks with their focus areas and
 * initiatives, every reporting year's assessments and statuses, its indicators with each
 * value's change from the period before, and its funding table with the totals checked.
 */
public record ActionPlanView(long id, long version, String name, @Nullable String owner, @Nullable String adoptedBy,
		@Nullable LocalDate adoptedOn, @Nullable Integer firstYear, @Nullable Integer lastYear,
		@Nullable String purpose, boolean internal, @Nullable Long programmeId, List<TrackView> tracks,
		List<IndicatorView> indicators, FundingTable funding, List<Integer> reportYears, boolean demo) {

	public record TrackView(int no, String title, @Nullable String description, List<FocusAreaView> focusAreas,
			List<InitiativeView> initiatives, List<AssessmentView> assessments) {

		/**
		 * The track's assessment for a reporting year, or null when it was not assessed
		 * that year.
		 */
		public @Nullable AssessmentView assessmentIn(int year) {
			return this.assessments.stream().filter(a -> a.year() == year).findFirst().orElse(null);
		}

	}

	public record FocusAreaView(int no, String title) {
	}

	public record InitiativeView(int no, @Nullable Integer focusAreaNo, String title, @Nullable String description,
			@Nullable String partners, @Nullable Long programmeId, @Nullable Long poolId,
			@Nullable Long grantedProjectId, List<StatusView> statuses) {

		public @Nullable StatusView statusIn(int year) {
			return this.statuses.stream().filter(s -> s.year() == year).findFirst().orElse(null);
		}

	}

	public record AssessmentView(int year, Progress progress, @Nullable String reasoning) {
	}

	public record StatusView(int year, InitiativeState status, @Nullable String summary) {
	}

	public record IndicatorView(int no, String name, String unit, @Nullable BigDecimal baseline,
			@Nullable BigDecimal target, List<ValueView> values) {

		public @Nullable ValueView valueIn(int period) {
			return this.values.stream().filter(v -> v.period() == period).findFirst().orElse(null);
		}

	}

	/**
	 * A measured value and its change from the period before it (absolute and in per
	 * cent, to one decimal), when there is one. A change computed from an approximate
	 * value is approximate too.
	 */
	public record ValueView(int period, BigDecimal value, boolean approximate, @Nullable String note,
			@Nullable Integer previousPeriod, @Nullable BigDecimal change, @Nullable BigDecimal changePercent,
			boolean changeApproximate) {
	}

	static ActionPlanView of(ActionPlan plan) {
		List<TrackView> tracks = new ArrayList<>();
		for (PlanParts.Track track : plan.tracks()) {
			tracks.add(new TrackView(track.trackNo(), track.title(), track.description(),
					plan.focusAreas()
						.stream()
						.filter(a -> a.trackNo() == track.trackNo())
						.map(a -> new FocusAreaView(a.areaNo(), a.title()))
						.toList(),
					plan.initiatives()
						.stream()
						.filter(i -> i.trackNo() == track.trackNo())
						.map(i -> new InitiativeView(i.initiativeNo(), i.areaNo(), i.title(), i.description(),
								i.partners(), i.programmeId(), i.poolId(), i.grantedProjectId(),
								plan.statuses()
									.stream()
									.filter(s -> s.initiativeNo() == i.initiativeNo())
									.sorted(Comparator.comparingInt(PlanParts.Status::reportYear))
									.map(s -> new StatusView(s.reportYear(), s.status(), s.summary()))
									.toList()))
						.toList(),
					plan.assessments()
						.stream()
						.filter(a -> a.trackNo() == track.trackNo())
						.sorted(Comparator.comparingInt(PlanParts.Assessment::reportYear))
						.map(a -> new AssessmentView(a.reportYear(), a.progress(), a.reasoning()))
						.toList()));
		}
		List<IndicatorView> indicators = plan.indicators()
			.stream()
			.map(i -> new IndicatorView(i.indicatorNo(), i.name(), i.unit(), i.baseline(), i.target(),
					values(plan, i.indicatorNo())))
			.toList();
		List<Integer> reportYears = Stream
			.concat(plan.assessments().stream().map(PlanParts.Assessment::reportYear),
					plan.statuses().stream().map(PlanParts.Status::reportYear))
			.distinct()
			.sorted()
			.toList();
		return new ActionPlanView(plan.id(), plan.version(), plan.name(), plan.owner(), plan.adoptedBy(),
				plan.adoptedOn(), plan.firstYear(), plan.lastYear(), plan.purpose(), plan.internal(),
				plan.programmeId(), tracks, indicators, FundingTable.of(plan), reportYears, plan.demo());
	}

	private static List<ValueView> values(ActionPlan plan, int indicatorNo) {
		List<PlanParts.IndicatorValue> values = plan.indicatorValues()
			.stream()
			.filter(v -> v.indicatorNo() == indicatorNo)
			.sorted(Comparator.comparingInt(PlanParts.IndicatorValue::period))
			.toList();
		List<ValueView> views = new ArrayList<>();
		PlanParts.IndicatorValue previous = null;
		for (PlanParts.IndicatorValue value : values) {
			if (previous == null) {
				views.add(new ValueView(value.period(), value.measured(), value.approximate(), value.note(), null, null,
						null, false));
			}
			else {
				BigDecimal change = value.measured().subtract(previous.measured());
				BigDecimal percent = previous.measured().signum() == 0 ? null
						: change.multiply(BigDecimal.valueOf(100)).divide(previous.measured(), 1, RoundingMode.HALF_UP);
				views.add(new ValueView(value.period(), value.measured(), value.approximate(), value.note(),
						previous.period(), change, percent, value.approximate() || previous.approximate()));
			}
			previous = value;
		}
		return views;
	}

}
