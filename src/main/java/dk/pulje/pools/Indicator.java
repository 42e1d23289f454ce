package dk.pulje.pools;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Something a pool asks each of its projects to measure and report, with the unit it is
 * counted in ("Borgere i forløb", "antal").
 */
@Table("pool_indicator")
public record Indicator(String name, String unit) {
}
