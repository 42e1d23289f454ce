package dk.pulje.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a report says: each goal accounted for, the results, whether and how the work goes
 * on after the grant, and what was spent on each budget line.
 */
public record ReportContent(List<ReportGoal> goals, @Nullable String results, @Nullable Boolean continues,
		@Nullable String continuation, List<ReportSpending> spending) {
}
