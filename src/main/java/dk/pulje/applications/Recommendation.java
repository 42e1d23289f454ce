package dk.pulje.applications;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.YearlyAmounts;

/**
 * What a caseworker recommends for one application (in full, in part by year, or a
 * rejection, with the reason), and what the decision-maker changed it to, with its
 * reason. The recommendation stays beside the change, so that anyone can see where the
 * decision departed from it.
 */
@Table("recommendation")
class Recommendation {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private Long listId;

	private Long applicationId;

	private DecisionOutcome outcome;

	private @Nullable String reason;

	private String recommendedBy;

	private OffsetDateTime recommendedAt;

	private @Nullable DecisionOutcome changeOutcome;

	private @Nullable String changeReason;

	private @Nullable String changedBy;

	private @Nullable OffsetDateTime changedAt;

	@MappedCollection(idColumn = "recommendation_id", keyColumn = "line_no")
	private List<RecommendedYear> years = new ArrayList<>();

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Recommendation(@Nullable Long id, @Nullable Long version) {
		this.id = id;
		this.version = version;
	}

	static Recommendation of(long listId, long applicationId) {
		Recommendation recommendation = new Recommendation(null, null);
		recommendation.listId = listId;
		recommendation.applicationId = applicationId;
		return recommendation;
	}

	/** Records what is recommended, in place of what was recommended before. */
	void recommend(DecisionRequest recommended, YearlyAmounts grant, String by, OffsetDateTime at) {
		this.outcome = recommended.outcome();
		this.reason = text(recommended.reason());
		this.recommendedBy = by;
		this.recommendedAt = at;
		this.years = new ArrayList<>(years(false, grant, recommended.conditional()));
	}

	/** Records the decision-maker's change, in place of an earlier change. */
	void change(DecisionRequest changed, YearlyAmounts grant, String by, OffsetDateTime at) {
		this.changeOutcome = changed.outcome();
		this.changeReason = text(changed.reason());
		this.changedBy = by;
		this.changedAt = at;
		List<RecommendedYear> kept = new ArrayList<>(this.years.stream().filter(y -> !y.changed()).toList());
		kept.addAll(years(true, grant, changed.conditional()));
		this.years = kept;
	}

	/** What is to be decided: the change where there is one, else the recommendation. */
	DecisionRequest toDecide() {
		DecisionOutcome changed = this.changeOutcome;
		if (changed != null) {
			return new DecisionRequest(changed, changed == DecisionOutcome.GRANTED_IN_PART ? grant(true) : null,
					this.changeReason, null, conditional(true));
		}
		return new DecisionRequest(this.outcome, this.outcome == DecisionOutcome.GRANTED_IN_PART ? grant(false) : null,
				this.reason, null, conditional(false));
	}

	/** What is to be granted by year: the change's figures where there is one. */
	YearlyAmounts effectiveGrant() {
		return grant(this.changeOutcome != null);
	}

	YearlyAmounts grant(boolean changed) {
		return YearlyAmounts.summing(this.years.stream().filter(y -> y.changed() == changed).toList(),
				RecommendedYear::fiscalYear, RecommendedYear::amount);
	}

	Set<Integer> conditional(boolean changed) {
		return this.years.stream()
			.filter(y -> y.changed() == changed && y.conditional())
			.map(RecommendedYear::fiscalYear)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<RecommendedYear> years(boolean changed, YearlyAmounts grant, Set<Integer> conditional) {
		return grant.byYear()
			.entrySet()
			.stream()
			.map(e -> new RecommendedYear(changed, e.getKey(), e.getValue(), conditional.contains(e.getKey())))
			.toList();
	}

	private static @Nullable String text(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	Long applicationId() {
		return this.applicationId;
	}

	Long listId() {
		return this.listId;
	}

	DecisionOutcome outcome() {
		return this.outcome;
	}

	@Nullable String reason() {
		return this.reason;
	}

	String recommendedBy() {
		return this.recommendedBy;
	}

	OffsetDateTime recommendedAt() {
		return this.recommendedAt;
	}

	@Nullable DecisionOutcome changeOutcome() {
		return this.changeOutcome;
	}

	@Nullable String changeReason() {
		return this.changeReason;
	}

	@Nullable String changedBy() {
		return this.changedBy;
	}

	@Nullable OffsetDateTime changedAt() {
		return this.changedAt;
	}

}
