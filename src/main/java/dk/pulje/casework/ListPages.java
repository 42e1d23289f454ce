package dk.pulje.casework;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.applications.CallAssessment;
import dk.pulje.applications.RecommendationListView;

/**
 * A recommendation list as the caseworker's and the decision-maker's pages both show it:
 * its applications in the assessment's rank (unscored ones last), each with its score.
 */
public final class ListPages {

	private ListPages() {
	}

	/** One row of the list: the item, its rank and score in the assessment. */
	public record Row(RecommendationListView.Item item, @Nullable Integer rank, @Nullable BigDecimal score) {
	}

	public static List<Row> inRank(RecommendationListView list, Map<Long, CallAssessment.Line> ranked) {
		return list.items().stream().map(item -> {
			CallAssessment.Line line = ranked.get(item.applicationId());
			return new Row(item, line == null ? null : line.rank(), line == null ? null : line.score());
		})
			.sorted(Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(r -> r.item().applicationId()))
			.toList();
	}

	public static RecommendationListView.@Nullable Item item(RecommendationListView list, long applicationId) {
		return list.items().stream().filter(i -> i.applicationId() == applicationId).findFirst().orElse(null);
	}

}
