package dk.pulje.casework;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.pulje.applications.CallAssessment;
import dk.pulje.applications.RecommendationListView;
import dk.pulje.organisations.OrganisationRegister;

/**
 * A recommendation list as the caseworker's and the decider's pages both show it
 * ({@code casework/recommendation-table.html}): its applications in the assessment's rank
 * (unscored ones last), each with its score and its lead organisation's name.
 */
@Component
public class RecommendationTable {

	/** One row of the list: the item, its rank and score in the assessment. */
	public record Row(RecommendationListView.Item item, @Nullable Integer rank, @Nullable BigDecimal score) {
	}

	private final CallAssessment assessment;

	private final OrganisationRegister organisations;

	RecommendationTable(CallAssessment assessment, OrganisationRegister organisations) {
		this.assessment = assessment;
		this.organisations = organisations;
	}

	/** Puts the list, its rows and the organisations' names on the page. */
	public void describe(RecommendationListView list, Model model) {
		Map<Long, CallAssessment.Line> ranked = new LinkedHashMap<>();
		this.assessment.of(list.callId()).lines().forEach(line -> ranked.put(line.application().id(), line));
		model.addAttribute("list", list);
		model.addAttribute("rows", rows(list, ranked));
		model.addAttribute("organisationNames", this.organisations
			.names(list.items().stream().map(RecommendationListView.Item::leadOrganisationId).toList()));
	}

	private static List<Row> rows(RecommendationListView list, Map<Long, CallAssessment.Line> ranked) {
		return list.items().stream().map(item -> {
			CallAssessment.Line line = ranked.get(item.applicationId());
			return new Row(item, line == null ? null : line.rank(), line == null ? null : line.score());
		})
			.sorted(Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(r -> r.item().applicationId()))
			.toList();
	}

	/** The list's item for an application, or null when it is not on the list. */
	public static RecommendationListView.@Nullable Item item(RecommendationListView list, long applicationId) {
		return list.items().stream().filter(i -> i.applicationId() == applicationId).findFirst().orElse(null);
	}

}
