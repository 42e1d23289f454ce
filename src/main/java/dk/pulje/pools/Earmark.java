package dk.pulje.pools;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/**
 * Part of a pool set aside for a purpose ("heraf 1 mio. til udvikling og evaluering").
 */
@Table("pool_earmark")
public record Earmark(String description, Amount amount) {
}
