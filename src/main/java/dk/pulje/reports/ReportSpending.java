package dk.pulje.reports;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * A line of the application's budget with what was actually spent on it: the year, what
 * for, what the budget said, and what was spent.
 */
@Table("project_report_spending")
public record ReportSpending(int fiscalYear, String description, Amount budgeted, Amount spent) {
}
