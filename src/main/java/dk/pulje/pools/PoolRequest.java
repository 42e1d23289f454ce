package dk.pulje.pools;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.ApproximateDate;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;

/**
 * What a caseworker sends to set up a pool or change it. The amount is a split by year, a
 * stated total, or both (a total may be given as the source words it, "10,5 mio."); the
 * announcement as the words that announce it ("ultimo 2018 eller primo 2019"), read in
 * {@code announcedInYear} when they name no year. A pool may hold back a share of each
 * grant ({@code holdBackPercent}) or its last year's rate ({@code holdBackLastYear})
 * until the project's final report is approved, and remind its projects a chosen number
 * of days before a report is due ({@code reminderDaysBefore}; the configured default when
 * none is chosen). Its projects' reports give a value for each of its indicators.
 * Applications are assessed against its criteria, and a project whose weighted score is
 * below {@code minimumScore} is not to be granted. Its recommended lists are decided by
 * {@code decidedBy} (the caseworkers' authority when none is named), and by someone other
 * than who recommended, unless {@code recommenderMayDecide}.
 */
public record PoolRequest(@NotBlank @Size(max = 300) String name, @Size(max = 4000) @Nullable String purpose,
		@Size(max = 200) @Nullable String authority, @Nullable Long programmeId,
		@NotNull ApplicationForm applicationForm, @NotEmpty Set<@NotNull OrganisationType> eligibleTypes,
		@Nullable List<@Valid ContentAreaRequest> contentAreas, @Nullable YearlyAmounts yearlyAmounts,
		@Nullable Amount statedTotal, @Size(max = 100) @Nullable String statedTotalAsWritten,
		@Nullable List<@Valid EarmarkRequest> earmarks, @Nullable ProjectPeriod projectPeriod,
		@Size(max = ApproximateDate.LONGEST) @Nullable String announced,
		@Min(1900) @Max(2200) @Nullable Integer announcedInYear,
		@Nullable List<@Valid ReportingRequirementRequest> reportingRequirements,
		@Min(1) @Max(100) @Nullable Integer holdBackPercent, @Nullable Boolean holdBackLastYear,
		@Size(max = 5) @Nullable List<@NotNull @Min(1) @Max(365) Integer> reminderDaysBefore,
		@Size(max = Pool.MOST_INDICATORS) @Nullable List<@Valid IndicatorRequest> indicators,
		@Size(max = Pool.MOST_CRITERIA) @Nullable List<@Valid CriterionRequest> criteria,
		@DecimalMin("0") @Digits(integer = 3, fraction = 2) @Nullable BigDecimal minimumScore,
		@Nullable Decider decidedBy, @Nullable Boolean recommenderMayDecide) {

	/** A pool that holds back nothing of its grants until the final report. */
	public PoolRequest(String name, @Nullable String purpose, @Nullable String authority, @Nullable Long programmeId,
			ApplicationForm applicationForm, Set<OrganisationType> eligibleTypes,
			@Nullable List<ContentAreaRequest> contentAreas, @Nullable YearlyAmounts yearlyAmounts,
			@Nullable Amount statedTotal, @Nullable String statedTotalAsWritten,
			@Nullable List<EarmarkRequest> earmarks, @Nullable ProjectPeriod projectPeriod, @Nullable String announced,
			@Nullable Integer announcedInYear, @Nullable List<ReportingRequirementRequest> reportingRequirements) {
		this(name, purpose, authority, programmeId, applicationForm, eligibleTypes, contentAreas, yearlyAmounts,
				statedTotal, statedTotalAsWritten, earmarks, projectPeriod, announced, announcedInYear,
				reportingRequirements, null, null, null, null, null, null, null, null);
	}

	/** A content area; its code is made from the name when none is given. */
	public record ContentAreaRequest(@Size(max = 80) @Nullable String code, @NotBlank @Size(max = 300) String name,
			@Size(max = 4000) @Nullable String description, @Size(max = 4000) @Nullable String examples) {
	}

	/**
	 * A criterion applications are assessed against: its weight (1 to 100) in the
	 * weighted score, and the scale it is scored on (for example from 1 to 5).
	 */
	public record CriterionRequest(@NotBlank @Size(max = 300) String name,
			@Size(max = 4000) @Nullable String description, @NotNull @Min(1) @Max(100) Integer weight,
			@NotNull @Min(0) @Max(99) Integer scaleMin, @NotNull @Min(1) @Max(100) Integer scaleMax) {
	}

	/** Something the pool's projects measure, and the unit it is counted in. */
	public record IndicatorRequest(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 100) String unit) {
	}

	public record EarmarkRequest(@NotBlank @Size(max = 500) String description, @NotNull Amount amount) {
	}

	public record ReportingRequirementRequest(@NotNull ReportKind kind,
			@NotNull @Min(0) @Max(60) Integer monthsAfterEnd, boolean auditedAccounts,
			@Size(max = 4000) @Nullable String contents) {
	}

}
