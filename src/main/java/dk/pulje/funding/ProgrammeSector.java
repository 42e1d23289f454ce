package dk.pulje.funding;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.organisations.OrganisationType;

/** A sector a programme or initiative touches. */
@Table("programme_sector")
record ProgrammeSector(OrganisationType organisationType) {
}
