package dk.pulje.pools;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One of the criteria a pool's applications are assessed against, as published with the
 * pool: what is assessed, its weight in the weighted score, and the scale a reviewer
 * scores it on ("from 1 to 5").
 */
@Table("pool_criterion")
public record Criterion(String name, @Nullable String description, int weight, int scaleMin, int scaleMax) {

	/** What a pool without criteria of its own is assessed by: one score from 1 to 5. */
	public static final Criterion OVERALL = new Criterion("Samlet vurdering", null, 1, 1, 5);

}
