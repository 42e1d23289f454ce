package dk.pulje.applications;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/** What a decision granted in one year. */
@Table("application_granted_year")
record GrantedYear(int fiscalYear, Amount amount) {
}
