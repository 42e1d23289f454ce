package dk.pulje.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.pools.CallView;
import dk.pulje.pools.Decider;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * A call's recommendation list, from the first recommendation to the decision.
 * Caseworkers recommend an outcome for each application handed in and submit the list as
 * a whole; whoever the pool names as decider (the caseworkers' own authority, or a
 * decision-maker) approves it or changes single items with a reason, then decides, and
 * every decision on the list is taken in one transaction on the decider's date. The list
 * never grants more than the call has left, before or after a change. Four eyes: whoever
 * recommended cannot decide the same list, unless the pool lets one person do both.
 */
@Service
public class RecommendationManagement {

	private static final Set<ApplicationStatus> ON_A_LIST = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.DECIDED);

	private final RecommendationLists lists;

	private final Recommendations recommendations;

	private final Applications applications;

	private final ApplicationManagement deciding;

	private final PoolManagement pools;

	private final OrganisationScope scope;

	private final Clock clock;

	RecommendationManagement(RecommendationLists lists, Recommendations recommendations, Applications applications,
			ApplicationManagement deciding, PoolManagement pools, OrganisationScope scope, Clock clock) {
		this.lists = lists;
		this.recommendations = recommendations;
		this.applications = applications;
		this.deciding = deciding;
		this.pools = pools;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * The call's list as it stands; a draft with nothing recommended when none is begun.
	 * A decision-maker reaches only the lists put before it: to it, any other is not
	 * there.
	 */
	@Transactional(readOnly = true)
	public RecommendationListView list(long callId) {
		RecommendationListView list = view(callId);
		if (this.scope.isDecisionMaker() && !beforeMe(list)) {
			throw new RecordNotFound("recommendation-list", callId);
		}
		return list;
	}

	/**
	 * The lists the person asking may decide, submitted or decided: a decision-maker's
	 * for pools it decides, a caseworker's for pools the caseworkers' authority decides.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationListView> beforeMe() {
		return this.lists.findByStatusInOrderById(PUT_BEFORE_A_DECIDER)
			.stream()
			.map(list -> view(this.pools.call(list.callId()), list))
			.filter(this::beforeMe)
			.toList();
	}

	/**
	 * The call's list, if the person asking may decide it; to anyone else it is not
	 * there.
	 */
	@Transactional(readOnly = true)
	public RecommendationListView beforeMe(long callId) {
		RecommendationListView list = view(callId);
		if (!beforeMe(list)) {
			throw new RecordNotFound("recommendation-list", callId);
		}
		return list;
	}

	private static final Set<RecommendationStatus> PUT_BEFORE_A_DECIDER = EnumSet.of(RecommendationStatus.SUBMITTED,
			RecommendationStatus.DECIDED);

	/**
	 * Whether the list is put before the person asking: submitted or decided, and of a
	 * pool its kind decides.
	 */
	private boolean beforeMe(RecommendationListView list) {
		Decider mine = this.scope.isDecisionMaker() ? Decider.DECISION_MAKER : Decider.CASEWORKER;
		return PUT_BEFORE_A_DECIDER.contains(list.status()) && list.decider() == mine;
	}

	private RecommendationListView view(long callId) {
		return view(this.pools.call(callId),
				this.lists.findByCallId(callId).orElseGet(() -> RecommendationList.of(callId)));
	}

	/**
	 * Records what is recommended for an application handed in to the call, while the
	 * list is a draft; the figures are checked as a decision's would be.
	 */
	@Transactional
	public RecommendationListView recommend(long callId, long applicationId, @Nullable Long expectedVersion,
			RecommendationRequest request) {
		CallView call = this.pools.call(callId);
		RecommendationList list = this.lists.findByCallId(callId)
			.orElseGet(() -> this.lists.save(RecommendationList.of(callId)));
		StaleVersion.check("recommendation-list", callId, expectedVersion, list.version());
		list.requireDraft();
		Application application = handedIn(call, applicationId);
		YearlyAmounts grant = application.grantOf(request.asDecision(), today().getYear());
		Recommendation recommendation = this.recommendations.findByApplicationId(applicationId)
			.orElseGet(() -> Recommendation.of(list.savedId(), applicationId));
		recommendation.recommend(request.asDecision(), grant, asker(), now());
		this.recommendations.save(recommendation);
		return view(call, this.lists.save(list));
	}

	/**
	 * Submits the list as a whole, once the call's deadline has passed: refused while an
	 * application handed in lacks a recommendation, or when the list grants more than the
	 * call has left.
	 */
	@Transactional
	public RecommendationListView submit(long callId, @Nullable Long expectedVersion) {
		CallView call = this.pools.call(callId);
		RecommendationList list = this.lists.findByCallId(callId)
			.orElseThrow(() -> new RuleViolation("recommendation-list-empty", "recommendations"));
		StaleVersion.check("recommendation-list", callId, expectedVersion, list.version());
		list.requireDraft();
		if (now().isBefore(call.deadline())) {
			throw new RuleViolation("recommendation-before-deadline", "callId", DanishTime.shown(call.deadline()));
		}
		requireComplete(call, list);
		requireWithinOffer(call, list, "recommendations");
		list.submit(asker(), now());
		return view(call, this.lists.save(list));
	}

	/**
	 * The decider changes what is recommended for one application, with the reason; the
	 * list, so changed, is held to the call's offer as the recommendation was.
	 */
	@Transactional
	public RecommendationListView change(long callId, long applicationId, @Nullable Long expectedVersion,
			RecommendationRequest request) {
		CallView call = this.pools.call(callId);
		RecommendationList list = submitted(callId, expectedVersion);
		requireDecider(list, this.pools.pool(call.poolId()));
		if (request.reason() == null || request.reason().isBlank()) {
			throw new RuleViolation("change-reason-required", "reason");
		}
		Application application = handedIn(call, applicationId);
		YearlyAmounts grant = application.grantOf(request.asDecision(), today().getYear());
		Recommendation recommendation = this.recommendations.findByApplicationId(applicationId)
			.filter(r -> r.listId().equals(list.savedId()))
			.orElseThrow(() -> new RecordNotFound("recommendation", applicationId));
		recommendation.change(request.asDecision(), grant, asker(), now());
		this.recommendations.save(recommendation);
		requireWithinOffer(call, list, "grantedByYear");
		return view(call, this.lists.save(list));
	}

	/**
	 * Decides the list as it stands, on the decider's date (today when none is given):
	 * every application on it is decided in this one transaction, so that the grants, the
	 * letters and the notifications take effect together, or none of them does.
	 */
	@Transactional
	public RecommendationListView decide(long callId, @Nullable Long expectedVersion, @Nullable LocalDate decidedOn) {
		CallView call = this.pools.call(callId);
		RecommendationList list = submitted(callId, expectedVersion);
		LocalDate today = today();
		if (decidedOn != null && decidedOn.isAfter(today)) {
			throw new RuleViolation("decision-date-in-future", "decidedOn", decidedOn);
		}
		if (decidedOn != null && list.submittedAt() != null
				&& decidedOn.isBefore(list.submittedAt().atZoneSameInstant(DanishTime.ZONE).toLocalDate())) {
			throw new RuleViolation("decision-before-recommendation", "decidedOn", decidedOn);
		}
		requireDecider(list, this.pools.pool(call.poolId()));
		requireComplete(call, list);
		requireWithinOffer(call, list, "recommendations");
		String decider = asker();
		LocalDate on = decidedOn == null ? today : decidedOn;
		for (Recommendation recommendation : this.recommendations.findByListIdOrderById(list.savedId())) {
			Application application = this.applications.findById(recommendation.applicationId()).orElseThrow();
			if (application.status() == ApplicationStatus.SUBMITTED) {
				DecisionRequest decision = recommendation.toDecide();
				this.deciding
					.decideFromList(
							application, new DecisionRequest(decision.outcome(), decision.grantedByYear(),
									decision.reason(), on.equals(today) ? null : on, decision.conditionalYears()),
							decider);
			}
		}
		list.decided(decider, on, now());
		return view(this.pools.call(callId), this.lists.save(list));
	}

	/** The ids of the applications the list decided, for their letters. */
	@Transactional(readOnly = true)
	public List<Long> decidedApplications(long callId) {
		RecommendationList list = this.lists.findByCallId(callId)
			.filter(l -> l.status() == RecommendationStatus.DECIDED)
			.orElseThrow(() -> new RecordNotFound("recommendation-list", callId));
		Set<Long> decided = applicationsOf(callId, ApplicationStatus.DECIDED);
		return this.recommendations.findByListIdOrderById(list.savedId())
			.stream()
			.map(Recommendation::applicationId)
			.filter(decided::contains)
			.toList();
	}

	private RecommendationList submitted(long callId, @Nullable Long expectedVersion) {
		RecommendationList list = this.lists.findByCallId(callId)
			.orElseThrow(() -> new RecordNotFound("recommendation-list", callId));
		StaleVersion.check("recommendation-list", callId, expectedVersion, list.version());
		list.requireSubmitted();
		return list;
	}

	/**
	 * Whoever the pool names decides: a decision-maker, or the caseworkers' authority;
	 * and never someone who recommended on the list, unless the pool allows it.
	 */
	private void requireDecider(RecommendationList list, PoolView pool) {
		boolean decisionMaker = this.scope.isDecisionMaker();
		if (pool.decidedBy() == Decider.DECISION_MAKER && !decisionMaker) {
			throw new RuleViolation("decided-by-decision-maker", "decidedBy", pool.name());
		}
		if (pool.decidedBy() == Decider.CASEWORKER && decisionMaker) {
			throw new RuleViolation("decided-by-caseworker", "decidedBy", pool.name());
		}
		String asker = asker();
		Set<String> recommenders = new HashSet<>();
		if (list.submittedBy() != null) {
			recommenders.add(list.submittedBy());
		}
		this.recommendations.findByListIdOrderById(list.savedId()).forEach(r -> recommenders.add(r.recommendedBy()));
		if (recommenders.contains(asker) && !pool.recommenderMayDecide()) {
			throw new RuleViolation("four-eyes", "decidedBy", asker);
		}
	}

	private void requireComplete(CallView call, RecommendationList list) {
		Set<Long> recommended = this.recommendations.findByListIdOrderById(list.savedId())
			.stream()
			.map(Recommendation::applicationId)
			.collect(Collectors.toSet());
		List<Application> waiting = this.applications.findByCallIdAndStatusInOrderById(call.id(),
				EnumSet.of(ApplicationStatus.SUBMITTED));
		if (waiting.isEmpty()) {
			throw new RuleViolation("recommendation-list-empty", "recommendations");
		}
		List<RuleViolation> missing = waiting.stream()
			.filter(a -> !recommended.contains(a.id()))
			.map(a -> new RuleViolation("recommendation-missing", "recommendations." + a.id(), a.title()))
			.toList();
		if (!missing.isEmpty()) {
			throw RuleViolation.all(missing);
		}
	}

	private void requireWithinOffer(CallView call, RecommendationList list, String field) {
		Amount total = toGrant(list);
		if (total.isGreaterThan(call.left())) {
			throw new RuleViolation("recommendation-above-offer", field, total, call.left());
		}
	}

	/** What the list grants to the applications it has still to decide. */
	private Amount toGrant(RecommendationList list) {
		if (list.status() == RecommendationStatus.DECIDED) {
			return Amount.ZERO;
		}
		Set<Long> waiting = applicationsOf(list.callId(), ApplicationStatus.SUBMITTED);
		return this.recommendations.findByListIdOrderById(list.savedId())
			.stream()
			.filter(r -> waiting.contains(r.applicationId()))
			.map(r -> r.effectiveGrant().total())
			.reduce(Amount.ZERO, Amount::plus);
	}

	/** The ids of the call's applications that stand as given, in one query. */
	private Set<Long> applicationsOf(long callId, ApplicationStatus status) {
		return this.applications.findByCallIdAndStatusInOrderById(callId, EnumSet.of(status))
			.stream()
			.map(Application::id)
			.collect(Collectors.toSet());
	}

	private Application handedIn(CallView call, long applicationId) {
		Application application = this.applications.findById(applicationId)
			.filter(a -> a.callId().equals(call.id()))
			.orElseThrow(() -> new RecordNotFound("application", applicationId));
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new RuleViolation("application-not-submitted", "status", application.status());
		}
		return application;
	}

	private RecommendationListView view(CallView call, RecommendationList list) {
		PoolView pool = this.pools.pool(call.poolId());
		Map<Long, Recommendation> byApplication = list.id() == null ? Map.of()
				: this.recommendations.findByListIdOrderById(list.savedId())
					.stream()
					.collect(Collectors.toMap(Recommendation::applicationId, Function.identity()));
		List<RecommendationListView.Item> items = new ArrayList<>();
		List<Long> missing = new ArrayList<>();
		Amount total = Amount.ZERO;
		Amount conditional = Amount.ZERO;
		for (Application application : this.applications.findByCallIdAndStatusInOrderById(call.id(), ON_A_LIST)) {
			Recommendation recommendation = byApplication.get(application.id());
			boolean waiting = application.status() == ApplicationStatus.SUBMITTED;
			if (recommendation == null && !waiting) {
				continue;
			}
			if (recommendation == null) {
				missing.add(application.id());
			}
			RecommendationListView.Proposal recommended = recommendation == null ? null
					: proposal(application, recommendation.outcome(), recommendation.grant(false),
							recommendation.conditional(false), recommendation.reason(), recommendation.recommendedBy(),
							recommendation.recommendedAt());
			RecommendationListView.Proposal change = recommendation == null || recommendation.changeOutcome() == null
					? null
					: proposal(application, Objects.requireNonNull(recommendation.changeOutcome()),
							recommendation.grant(true), recommendation.conditional(true), recommendation.changeReason(),
							recommendation.changedBy(), recommendation.changedAt());
			RecommendationListView.Proposal effective = change != null ? change : recommended;
			Amount toGrant = effective == null ? Amount.ZERO : effective.grantedTotal();
			total = total.plus(toGrant);
			if (effective != null) {
				conditional = conditional.plus(effective.grantedByYear()
					.byYear()
					.entrySet()
					.stream()
					.filter(e -> effective.conditionalYears().contains(e.getKey()))
					.map(Map.Entry::getValue)
					.reduce(Amount.ZERO, Amount::plus));
			}
			items.add(new RecommendationListView.Item(application.id(), application.title(),
					application.leadOrganisationId(), application.status(), application.requested().total(),
					application.requested(), recommended, change, toGrant));
		}
		Amount available = list.status() == RecommendationStatus.DECIDED ? call.left().plus(total) : call.left();
		return new RecommendationListView(call.id(), pool.id(), pool.name(), list.id() == null ? 0 : list.version(),
				list.status(), pool.decidedBy(), pool.recommenderMayDecide(), call.amount(), available, total,
				conditional, items, missing, list.submittedBy(), DanishTime.shown(list.submittedAt()), list.decidedBy(),
				list.decidedOn(), DanishTime.shown(list.decidedAt()));
	}

	private static RecommendationListView.Proposal proposal(Application application, DecisionOutcome outcome,
			YearlyAmounts stored, Set<Integer> conditional, @Nullable String reason, @Nullable String by,
			@Nullable OffsetDateTime at) {
		YearlyAmounts grant = switch (outcome) {
			case GRANTED_IN_FULL -> stored.isEmpty() ? application.requested() : stored;
			case GRANTED_IN_PART -> stored;
			case REJECTED -> YearlyAmounts.NONE;
		};
		return new RecommendationListView.Proposal(outcome, grant, grant.total(), conditional, reason, by,
				DanishTime.shown(at));
	}

	private String asker() {
		return this.scope.asker().orElse(ApplicationManagement.REGISTERED_BY_PULJE);
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

	private LocalDate today() {
		return now().toLocalDate();
	}

}
