package dk.pulje.applications;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * What a decision granted in one year, and whether it waits for that year's Finance Act.
 */
@Table("application_granted_year")
record GrantedYear(int fiscalYear, Amount amount, boolean conditional) {
}
