package dk.pulje.grants;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.pools.ReportKind;

/**
 * A report a granted project owes, due on a day computed from its project period, never
 * typed.
 */
@Table("reporting_obligation")
public record ReportingObligation(ReportKind reportKind, LocalDate dueDate, boolean auditedAccounts,
		@Nullable String contents) {
}
