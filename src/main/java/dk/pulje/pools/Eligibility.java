package dk.pulje.pools;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.organisations.OrganisationType;

/** A kind of organisation that may apply to a pool. */
@Table("pool_eligibility")
record Eligibility(OrganisationType organisationType) {
}
