package dk.pulje.applications;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;

/**
 * An application as an applicant drafts or revises it. The amount asked for is never
 * typed: it is what the budget lines add up to.
 */
public record ApplicationRequest(@NotNull Long callId, @NotNull Long leadOrganisationId,
		List<@NotNull Long> partnerOrganisationIds, @Size(max = 80) @Nullable String contentAreaCode,
		@NotBlank @Size(max = 300) String title, @Size(max = 4000) @Nullable String summary,
		@Size(max = 4000) @Nullable String goals, List<@Valid BudgetLineRequest> budgetLines) {

	public record BudgetLineRequest(@NotNull @Min(1900) @Max(2200) Integer year,
			@NotBlank @Size(max = 300) String description, @NotNull Amount amount) {
	}

}
