package dk.pulje.funding;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.organisations.OrganisationType;

/**
 * What a caseworker sends to record a programme. The total may be given as the source
 * words it ({@code statedTotalAsWritten}: "1,2 mia. kr.") or as an exact amount
 * ({@code statedTotal}), not both.
 */
public record ProgrammeRequest(@NotBlank @Size(max = 300) String name, @NotNull ProgrammeKind kind,
		@Size(max = 200) @Nullable String owner, @Size(max = 4000) @Nullable String purpose,
		@Min(1900) @Max(2200) @Nullable Integer firstYear, @Min(1900) @Max(2200) @Nullable Integer lastYear,
		@Nullable Amount statedTotal, @Size(max = 100) @Nullable String statedTotalAsWritten, @Nullable Long parentId,
		@Nullable Set<OrganisationType> sectors) {

	/** A programme that names no sectors it touches. */
	public ProgrammeRequest(String name, ProgrammeKind kind, @Nullable String owner, @Nullable String purpose,
			@Nullable Integer firstYear, @Nullable Integer lastYear, @Nullable Amount statedTotal,
			@Nullable String statedTotalAsWritten, @Nullable Long parentId) {
		this(name, kind, owner, purpose, firstYear, lastYear, statedTotal, statedTotalAsWritten, parentId, Set.of());
	}

}
