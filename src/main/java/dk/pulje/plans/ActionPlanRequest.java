package dk.pulje.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.funding.MoneyKind;
import dk.pulje.money.Amount;

/**
 * An action plan as it is recorded or changed, whole: its tracks with their focus areas
 * and initiatives, the assessments and statuses of each reporting year, its indicators
 * with their values, and its funding table. Tracks, focus areas, initiatives, indicators
 * and funding rows are numbered, and the other parts refer to them by number.
 */
public record ActionPlanRequest(@NotBlank @Size(max = 300) String name, @Size(max = 200) @Nullable String owner,
		@Size(max = 200) @Nullable String adoptedBy, @Nullable LocalDate adoptedOn,
		@Min(1900) @Max(2200) @Nullable Integer firstYear, @Min(1900) @Max(2200) @Nullable Integer lastYear,
		@Size(max = 4000) @Nullable String purpose, boolean internal, @Nullable Long programmeId,
		List<@Valid TrackRequest> tracks, List<@Valid AssessmentRequest> assessments,
		List<@Valid StatusRequest> statuses, List<@Valid IndicatorRequest> indicators,
		@Valid @Nullable FundingRequest funding) {

	public record TrackRequest(@NotNull @Min(1) Integer no, @NotBlank @Size(max = 300) String title,
			@Size(max = 4000) @Nullable String description, List<@Valid FocusAreaRequest> focusAreas,
			List<@Valid InitiativeRequest> initiatives) {
	}

	public record FocusAreaRequest(@NotNull @Min(1) Integer no, @NotBlank @Size(max = 300) String title) {
	}

	public record InitiativeRequest(@NotNull @Min(1) Integer no, @Nullable Integer focusAreaNo,
			@NotBlank @Size(max = 300) String title, @Size(max = 4000) @Nullable String description,
			@Size(max = 1000) @Nullable String partners, @Nullable Long programmeId, @Nullable Long poolId,
			@Nullable Long grantedProjectId) {
	}

	public record AssessmentRequest(@NotNull Integer trackNo, @NotNull @Min(1900) @Max(2200) Integer year,
			@NotNull Progress progress, @Size(max = 4000) @Nullable String reasoning) {
	}

	public record StatusRequest(@NotNull Integer initiativeNo, @NotNull @Min(1900) @Max(2200) Integer year,
			@NotNull InitiativeState status, @Size(max = 4000) @Nullable String summary) {
	}

	public record IndicatorRequest(@NotNull @Min(1) Integer no, @NotBlank @Size(max = 300) String name,
			@NotBlank @Size(max = 100) String unit, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
			List<@Valid ValueRequest> values) {
	}

	/**
	 * A value of an indicator for a period (a year); approximate when the source gives it
	 * only roughly.
	 */
	public record ValueRequest(@NotNull @Min(1900) @Max(2200) Integer period, @NotNull BigDecimal value,
			boolean approximate, @Size(max = 1000) @Nullable String note) {
	}

	public record FundingRequest(List<@Valid RowRequest> rows, List<@Valid StatedTotalRequest> statedTotals) {
	}

	public record RowRequest(@NotNull @Min(1) Integer no, @Size(max = 300) @Nullable String group,
			@NotBlank @Size(max = 300) String label, @Nullable Integer initiativeNo, List<@Valid CellRequest> cells) {
	}

	/**
	 * One amount of a row: its column (a year, or PERMANENT for money that goes on), and
	 * whether it is capital.
	 */
	public record CellRequest(@NotNull @Pattern(regexp = "\\d{4}|PERMANENT") String column, @NotNull Amount amount,
			MoneyKind kind) {
	}

	/**
	 * A total as the plan prints it under a column ("2,1" in a table in mio. kr. is "2,1
	 * mio. kr.").
	 */
	public record StatedTotalRequest(@NotNull @Pattern(regexp = "\\d{4}|PERMANENT") String column,
			@NotBlank @Size(max = 100) String asWritten) {
	}

	/** The plan with other basics, its parts as they are. */
	public ActionPlanRequest withBasics(ActionPlanRequest basics) {
		return new ActionPlanRequest(basics.name(), basics.owner(), basics.adoptedBy(), basics.adoptedOn(),
				basics.firstYear(), basics.lastYear(), basics.purpose(), basics.internal(), basics.programmeId(),
				this.tracks, this.assessments, this.statuses, this.indicators, this.funding);
	}

	/** The plan with other tracks, the rest as it is. */
	public ActionPlanRequest withTracks(List<TrackRequest> tracks) {
		return new ActionPlanRequest(this.name, this.owner, this.adoptedBy, this.adoptedOn, this.firstYear,
				this.lastYear, this.purpose, this.internal, this.programmeId, tracks, this.assessments, this.statuses,
				this.indicators, this.funding);
	}

	/** The plan with other assessments, statuses and indicators, the rest as it is. */
	public ActionPlanRequest withFollowUp(List<AssessmentRequest> assessments, List<StatusRequest> statuses,
			List<IndicatorRequest> indicators) {
		return new ActionPlanRequest(this.name, this.owner, this.adoptedBy, this.adoptedOn, this.firstYear,
				this.lastYear, this.purpose, this.internal, this.programmeId, this.tracks, assessments, statuses,
				indicators, this.funding);
	}

	/** The plan with another funding table, the rest as it is. */
	public ActionPlanRequest withFunding(FundingRequest funding) {
		return new ActionPlanRequest(this.name, this.owner, this.adoptedBy, this.adoptedOn, this.firstYear,
				this.lastYear, this.purpose, this.internal, this.programmeId, this.tracks, this.assessments,
				this.statuses, this.indicators, funding);
	}

	/** The plan as it is stored, as a request that would store it again unchanged. */
	public static ActionPlanRequest of(ActionPlanView plan) {
		List<TrackRequest> tracks = new ArrayList<>();
		List<AssessmentRequest> assessments = new ArrayList<>();
		List<StatusRequest> statuses = new ArrayList<>();
		for (ActionPlanView.TrackView track : plan.tracks()) {
			tracks.add(new TrackRequest(track.no(), track.title(), track.description(),
					track.focusAreas().stream().map(a -> new FocusAreaRequest(a.no(), a.title())).toList(),
					track.initiatives()
						.stream()
						.map(i -> new InitiativeRequest(i.no(), i.focusAreaNo(), i.title(), i.description(),
								i.partners(), i.programmeId(), i.poolId(), i.grantedProjectId()))
						.toList()));
			track.assessments()
				.forEach(
						a -> assessments.add(new AssessmentRequest(track.no(), a.year(), a.progress(), a.reasoning())));
			track.initiatives()
				.forEach(i -> i.statuses()
					.forEach(st -> statuses.add(new StatusRequest(i.no(), st.year(), st.status(), st.summary()))));
		}
		List<IndicatorRequest> indicators = plan.indicators()
			.stream()
			.map(i -> new IndicatorRequest(i.no(), i.name(), i.unit(), i.baseline(), i.target(),
					i.values()
						.stream()
						.map(v -> new ValueRequest(v.period(), v.value(), v.approximate(), v.note()))
						.toList()))
			.toList();
		List<RowRequest> rows = plan.funding()
			.rows()
			.stream()
			.map(r -> new RowRequest(r.no(), r.group(), r.label(), r.initiativeNo(),
					r.cells()
						.entrySet()
						.stream()
						.map(c -> new CellRequest(c.getKey(), c.getValue().amount(), c.getValue().kind()))
						.toList()))
			.toList();
		List<StatedTotalRequest> totals = plan.funding()
			.totals()
			.stream()
			.filter(t -> t.stated() != null)
			.map(t -> new StatedTotalRequest(t.column(), t.stated().asWritten()))
			.toList();
		return new ActionPlanRequest(plan.name(), plan.owner(), plan.adoptedBy(), plan.adoptedOn(), plan.firstYear(),
				plan.lastYear(), plan.purpose(), plan.internal(), plan.programmeId(), tracks, assessments, statuses,
				indicators, new FundingRequest(rows, totals));
	}

}
