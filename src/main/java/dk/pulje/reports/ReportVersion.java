package dk.pulje.reports;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A version of the report as it was handed in, kept whatever happens to the report after
 * it: what it said (as JSON), who handed it in and when, and what was decided on it.
 */
@Table("project_report_version")
public record ReportVersion(OffsetDateTime handedInAt, String handedInBy, String content,
		@Nullable ReportDecision decision, @Nullable OffsetDateTime decidedAt, @Nullable String decidedBy,
		@Nullable String reason) {

	ReportVersion decided(ReportDecision decision, OffsetDateTime at, String by, @Nullable String reason) {
		return new ReportVersion(this.handedInAt, this.handedInBy, this.content, decision, at, by, reason);
	}

}
