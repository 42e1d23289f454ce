package dk.pulje.applications;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/** One line of an application's budget: a year, what the money is for, and how much. */
@Table("application_budget_line")
public record BudgetLine(int fiscalYear, String description, Amount amount) {
}
