package dk.pulje.applications;

import org.springframework.data.relational.core.mapping.Table;

/** An organisation applying together with the lead organisation. */
@Table("application_partner")
record Partner(Long organisationId) {
}
