package dk.pulje.pools;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.pulje.money.Amount;
import dk.pulje.money.ApproximateDate;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;

/**
 * What a caseworker sends to set up a pool or change it. The amount is a split by year, a
 * stated total, or both (a total may be given as the source words it, "10,5 mio."); the
 * announcement as the words that announce it ("ultimo 2018 eller primo 2019"), read in
 * {@code announcedInYear} when they name no year.
 */
public record PoolRequest(@NotBlank @Size(max = 300) String name, @Size(max = 4000) String purpose,
		@Size(max = 200) String authority, Long programmeId, @NotNull ApplicationForm applicationForm,
		@NotEmpty Set<@NotNull OrganisationType> eligibleTypes, List<@Valid ContentAreaRequest> contentAreas,
		YearlyAmounts yearlyAmounts, Amount statedTotal, @Size(max = 100) String statedTotalAsWritten,
		List<@Valid EarmarkRequest> earmarks, ProjectPeriod projectPeriod,
		@Size(max = ApproximateDate.LONGEST) String announced, @Min(1900) @Max(2200) Integer announcedInYear,
		List<@Valid ReportingRequirementRequest> reportingRequirements) {

	/** A content area; its code is made from the name when none is given. */
	public record ContentAreaRequest(@Size(max = 80) String code, @NotBlank @Size(max = 300) String name,
			@Size(max = 4000) String description, @Size(max = 4000) String examples) {
	}

	public record EarmarkRequest(@NotBlank @Size(max = 500) String description, @NotNull Amount amount) {
	}

	public record ReportingRequirementRequest(@NotNull ReportKind kind,
			@NotNull @Min(0) @Max(60) Integer monthsAfterEnd, boolean auditedAccounts,
			@Size(max = 4000) String contents) {
	}

}
