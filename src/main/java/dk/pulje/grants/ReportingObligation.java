package dk.pulje.grants;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.pools.ReportKind;

/**
 * A report a granted project owes, due on a day computed from its project period, never
 * typed. A caseworker may move the due date, with the reason; the date first computed is
 * kept.
 */
@Table("reporting_obligation")
public record ReportingObligation(ReportKind reportKind, LocalDate dueDate, boolean auditedAccounts,
		@Nullable String contents, @Nullable LocalDate originalDueDate, @Nullable String dueDateReason) {

	ReportingObligation movedTo(LocalDate newDueDate, String reason) {
		return new ReportingObligation(this.reportKind, newDueDate, this.auditedAccounts, this.contents,
				this.originalDueDate == null ? this.dueDate : this.originalDueDate, reason);
	}

}
