package dk.pulje.pools;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A report every project granted from the pool owes: which kind, how many months after
 * the project period ends it is due, whether it must come with accounts signed by an
 * auditor, and what it must show.
 */
@Table("pool_reporting_requirement")
public record ReportingRequirement(ReportKind reportKind, int monthsAfterEnd, boolean auditedAccounts,
		@Nullable String contents) {
}
