package dk.pulje.reviewing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.applications.CriterionScore;
import dk.pulje.applications.ReviewRequest;
import dk.pulje.applications.ReviewView;
import dk.pulje.web.FormValues;

import static dk.pulje.web.FormValues.orNull;

/**
 * A review as its form posts it: the score and the comment for each criterion, as typed,
 * and a comment on the application as a whole.
 */
record ReviewForm(@Nullable Long version, List<Given> scores, @Nullable String comment) {

	ReviewForm {
		scores = FormValues.rows(scores);
	}

	record Given(@Nullable String score, @Nullable String comment) {
	}

	static ReviewForm of(ReviewView review) {
		return new ReviewForm(review.version(), review.criteria()
			.stream()
			.map((CriterionScore c) -> new Given(c.score() == null ? null : String.valueOf(c.score()), c.comment()))
			.toList(), review.comment());
	}

	/** What the form asks for, with the scores that cannot be read named in errors. */
	ReviewRequest toRequest(FormValues values, Map<String, String> errors) {
		List<ReviewRequest.Score> given = new ArrayList<>();
		for (int i = 0; i < this.scores.size(); i++) {
			Given g = this.scores.get(i);
			given.add(new ReviewRequest.Score(i + 1, values.whole(g.score(), "scores-" + i + "-score", errors),
					orNull(g.comment())));
		}
		return new ReviewRequest(given, orNull(this.comment));
	}

}
