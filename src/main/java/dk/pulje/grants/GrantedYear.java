package dk.pulje.grants;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/** What a project was granted for one year. */
@Table("granted_project_year")
record GrantedYear(int fiscalYear, Amount amount) {
}
