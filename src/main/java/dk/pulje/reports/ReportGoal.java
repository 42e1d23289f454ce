package dk.pulje.reports;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A goal of the application, as the report accounts for it: how far it was reached, and
 * the account in words. Both are empty until the report says them.
 */
@Table("project_report_goal")
public record ReportGoal(String goal, @Nullable GoalOutcome outcome, @Nullable String account) {
}
