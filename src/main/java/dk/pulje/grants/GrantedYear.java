package dk.pulje.grants;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * What a project was granted for one year. A year granted on the condition of its Finance
 * Act stays conditional until a caseworker confirms it, and who did and when is kept.
 */
@Table("granted_project_year")
record GrantedYear(int fiscalYear, Amount amount, boolean conditional, @Nullable String confirmedBy,
		@Nullable OffsetDateTime confirmedAt) {

	GrantedYear confirmed(String by, OffsetDateTime at) {
		return new GrantedYear(this.fiscalYear, this.amount, false, by, at);
	}

}
