package dk.pulje.pools;

import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;

/** A pool's money in one year. */
@Table("pool_year")
record PoolYear(int fiscalYear, Amount amount) {
}
