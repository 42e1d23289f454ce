package dk.pulje.applications;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * What a recommendation grants in one year ({@code changed}: what the decision-maker's
 * change grants), and whether the year waits for its Finance Act.
 */
@Table("recommendation_year")
record RecommendedYear(boolean changed, int fiscalYear, Amount amount, boolean conditional) {
}
