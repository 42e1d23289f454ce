package dk.pulje.applications;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.pools.Criterion;

/**
 * One criterion of a review: the pool's criterion as it stood when the review was
 * assigned (so that a later change to the pool does not move a score given), with the
 * score and the comment, both empty until the reviewer gives them.
 */
@Table("review_criterion")
public record CriterionScore(String name, int weight, int scaleMin, int scaleMax, @Nullable Integer score,
		@Nullable String comment) {

	static CriterionScore of(Criterion criterion) {
		return new CriterionScore(criterion.name(), criterion.weight(), criterion.scaleMin(), criterion.scaleMax(),
				null, null);
	}

	CriterionScore scored(@Nullable Integer newScore, @Nullable String newComment) {
		return new CriterionScore(this.name, this.weight, this.scaleMin, this.scaleMax, newScore, newComment);
	}

	boolean onScale(int given) {
		return given >= this.scaleMin && given <= this.scaleMax;
	}

}
