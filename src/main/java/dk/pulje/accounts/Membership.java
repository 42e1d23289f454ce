package dk.pulje.accounts;

import org.springframework.data.relational.core.mapping.Table;

/** An account's membership of an organisation. */
@Table("account_organisation")
record Membership(Long organisationId) {
}
