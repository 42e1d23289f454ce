package dk.pulje.applications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.money.DanishTime;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.organisations.OrganisationView;
import dk.pulje.paging.Where;
import dk.pulje.pools.CallView;
import dk.pulje.pools.Decider;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Drafts, submits, withdraws and decides applications. A decision's grant is recorded on
 * its call in the same transaction, and the decision is announced as
 * {@link ApplicationDecided}.
 */
@Service
public class ApplicationManagement {

	/**
	 * Who registered a time of receipt that no signed-in person gave: Pulje itself,
	 * loading its demo data.
	 */
	static final String REGISTERED_BY_PULJE = "pulje";

	private final Applications applications;

	private final PoolManagement pools;

	private final OrganisationRegister organisations;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OrganisationScope scope;

	private final ReviewManagement reviewing;

	private final Recommendations recommendations;

	private final RecommendationLists recommendationLists;

	ApplicationManagement(Applications applications, PoolManagement pools, OrganisationRegister organisations,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, OrganisationScope scope,
			ReviewManagement reviewing, Recommendations recommendations, RecommendationLists recommendationLists) {
		this.recommendations = recommendations;
		this.recommendationLists = recommendationLists;
		this.scope = scope;
		this.reviewing = reviewing;
		this.applications = applications;
		this.pools = pools;
		this.organisations = organisations;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ApplicationView application(long id) {
		return ApplicationView.of(load(id));
	}

	/**
	 * An applicant sees only applications its organisations take part in; any other is,
	 * to it, not there: the same answer as for an id that does not exist, so that
	 * guessing ids tells nothing.
	 */
	private Application visible(Application application) {
		this.scope.limitedTo().ifPresent(limits -> {
			if (limits.isReviewer()) {
				if (!this.reviewing.mayRead(limits.reviewer(), application.id())) {
					throw new RecordNotFound("application", application.id());
				}
				return;
			}
			boolean member = application.organisationIds().stream().anyMatch(limits.organisations()::contains);
			if (!member && !application.hasCoAuthor(limits.email())) {
				throw new RecordNotFound("application", application.id());
			}
		});
		return application;
	}

	/**
	 * An applicant applies on behalf of its own organisations only; a co-author keeps the
	 * lead organisation the application has.
	 */
	private void requireOwnLead(ApplicationRequest request, @Nullable Application existing) {
		this.scope.limitedTo().ifPresent(limits -> {
			boolean keepsLead = existing != null && existing.leadOrganisationId().equals(request.leadOrganisationId());
			if (!limits.organisations().contains(request.leadOrganisationId()) && !keepsLead) {
				throw new RuleViolation("organisation-not-yours", "leadOrganisationId", request.leadOrganisationId());
			}
		});
	}

	@Transactional
	public ApplicationView draft(ApplicationRequest request, boolean demo) {
		requireOwnLead(request, null);
		long poolId = callOf(request).poolId();
		requireOrganisations(request);
		return ApplicationView.of(this.applications.save(Application.draft(request, poolId, demo)));
	}

	@Transactional
	public ApplicationView revise(long id, long expectedVersion, ApplicationRequest request) {
		Application application = load(id);
		StaleVersion.check("application", id, expectedVersion, application.version());
		requireOwnLead(request, application);
		long poolId = callOf(request).poolId();
		requireOrganisations(request);
		application.revise(request, poolId);
		return ApplicationView.of(this.applications.save(application));
	}

	/**
	 * Submits a draft: refused, with the rule and the field named, when the call is not
	 * open at that second, an organisation may not apply, the joint rule is not met, the
	 * content area is not the pool's, or a budget year lies outside the project period.
	 * An applicant's submission is timed by the server's clock, always; only the
	 * authority's staff register when an application that arrived by other means was
	 * received, and the application keeps who did.
	 * @param receivedAt when an application that arrived by other means was received
	 * (Danish time); now when null
	 */
	@Transactional
	public ApplicationView submit(long id, @Nullable Long expectedVersion, @Nullable LocalDateTime receivedAt) {
		Application application = load(id);
		if (receivedAt != null && this.scope.limitedTo().isPresent()) {
			throw new RuleViolation("received-at-staff-only", "receivedAt");
		}
		StaleVersion.check("application", id, expectedVersion, application.version());
		OffsetDateTime now = now();
		OffsetDateTime at = receivedAt == null ? now : DanishTime.at(receivedAt);
		if (at.isAfter(now)) {
			throw new RuleViolation("received-in-future", "receivedAt", DanishTime.shown(at));
		}
		this.pools.requireOpen(application.callId(), at);
		PoolView pool = this.pools.pool(application.poolId());
		List<OrganisationView> organisations = this.organisations.findAll(application.organisationIds(),
				"partnerOrganisationIds");
		application.submit(pool, organisations, at,
				receivedAt == null ? null : this.scope.asker().orElse(REGISTERED_BY_PULJE));
		return ApplicationView.of(this.applications.save(application));
	}

	/**
	 * What would stop the draft from being submitted now, every problem with its field:
	 * an applicant reads them before it submits. Empty when the draft may be submitted.
	 */
	@Transactional(readOnly = true)
	public List<RuleViolation> submissionProblems(long id) {
		Application application = load(id);
		List<RuleViolation> problems = new ArrayList<>();
		try {
			this.pools.requireOpen(application.callId(), now());
		}
		catch (RuleViolation closed) {
			problems.add(closed);
		}
		problems.addAll(poolRuleProblems(application));
		return problems;
	}

	/**
	 * Where an application does not meet its pool's rules (who may apply, jointly or not,
	 * content area, budget years): the flags a caseworker sees beside it in a call's
	 * list.
	 */
	@Transactional(readOnly = true)
	public List<RuleViolation> poolRuleProblems(long id) {
		return poolRuleProblems(load(id));
	}

	/**
	 * The same flags for several applications, by id: what the rules look at in all of
	 * them in a few statements ({@link PoolRuleFacts}), their organisations in one, and
	 * each pool once.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<RuleViolation>> poolRuleProblems(List<Long> ids) {
		Map<Long, List<RuleViolation>> problems = new LinkedHashMap<>();
		if (this.scope.limitedTo().isPresent()) {
			// Someone who may see only some applications: each is loaded and shown to be
			// theirs, as one alone is.
			ids.forEach(id -> problems.put(id, poolRuleProblems(load(id))));
			return problems;
		}
		Map<Long, PoolRuleFacts> facts = PoolRuleFacts.of(this.jdbc, ids);
		Map<Long, OrganisationView> organisations = this.organisations
			.byId(facts.values().stream().flatMap(f -> f.organisationIds().stream()).distinct().toList());
		Map<Long, PoolView> pools = new HashMap<>();
		for (long id : ids) {
			PoolRuleFacts application = facts.get(id);
			if (application == null) {
				throw new RecordNotFound("application", id);
			}
			List<OrganisationView> applicants = application.organisationIds()
				.stream()
				.map(organisation -> Objects.requireNonNull(organisations.get(organisation), "organisation"))
				.toList();
			problems.put(id, Application.problems(pools.computeIfAbsent(application.poolId(), this.pools::pool),
					applicants, application.contentAreaCode(), application.budgetLines()));
		}
		return problems;
	}

	private List<RuleViolation> poolRuleProblems(Application application) {
		return poolRuleProblems(application, this.pools.pool(application.poolId()));
	}

	private List<RuleViolation> poolRuleProblems(Application application, PoolView pool) {
		return application.problems(pool,
				this.organisations.findAll(application.organisationIds(), "partnerOrganisationIds"));
	}

	/** The largest file an application may carry. */
	public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

	/**
	 * Attaches a file to a draft: refused when it is empty, larger than 10 MB, not of an
	 * allowed kind (judged by its name and its first bytes), already attached, or one too
	 * many.
	 */
	@Transactional
	public ApplicationView attach(long id, @Nullable String fileName, byte[] content, String uploadedBy) {
		Application application = load(id);
		String name = Attachments.fileName(fileName);
		if (content.length == 0) {
			throw new RuleViolation("attachment-empty", "file", name);
		}
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new RuleViolation("attachment-too-large", "file", name, MAX_ATTACHMENT_BYTES / (1024 * 1024));
		}
		AttachmentKind kind = AttachmentKind.of(name, content)
			.orElseThrow(() -> new RuleViolation("attachment-kind-not-allowed", "file", name, AttachmentKind.ALLOWED));
		String key = UUID.randomUUID().toString();
		application.attach(new Attachment(key, name, kind.contentType(), content.length, Attachments.sha256(content),
				now(), uploadedBy));
		Application saved = this.applications.save(application);
		this.jdbc.sql("insert into attachment_content (file_key, content) values (:key, :content)")
			.param("key", key)
			.param("content", content)
			.update();
		return ApplicationView.of(saved);
	}

	/** Takes a file off a draft, and its bytes with it. */
	@Transactional
	public ApplicationView detach(long id, String fileKey) {
		Application application = load(id);
		Attachment removed = application.detach(fileKey);
		Application saved = this.applications.save(application);
		this.jdbc.sql("delete from attachment_content where file_key = :key").param("key", removed.fileKey()).update();
		return ApplicationView.of(saved);
	}

	/** A file with its bytes, as it is downloaded. */
	public record AttachmentFile(Attachment attachment, byte[] content) {
	}

	/**
	 * A file of an application, for whoever may read the application; to anyone else it
	 * is not there.
	 */
	@Transactional(readOnly = true)
	public AttachmentFile attachment(long id, String fileKey) {
		Attachment attachment = load(id).attachment(fileKey);
		byte[] content = this.jdbc.sql("select content from attachment_content where file_key = :key")
			.param("key", fileKey)
			.query((rs, n) -> rs.getBytes("content"))
			.single();
		return new AttachmentFile(attachment, content);
	}

	/**
	 * Invites someone by e-mail address to work on a draft; the invitation is mailed once
	 * the invitation is saved.
	 */
	@Transactional
	public ApplicationView invite(long id, String email, @Nullable String invitedBy) {
		Application application = load(id);
		boolean invited = application.invite(email, now());
		Application saved = this.applications.save(application);
		if (invited) {
			this.events.publishEvent(new CoAuthorInvited(id, saved.title(), email.trim().toLowerCase(), invitedBy));
		}
		return ApplicationView.of(saved);
	}

	@Transactional
	public ApplicationView withdraw(long id, @Nullable Long expectedVersion) {
		Application application = load(id);
		StaleVersion.check("application", id, expectedVersion, application.version());
		application.withdraw(now());
		return ApplicationView.of(this.applications.save(application));
	}

	/**
	 * Decides a submitted application. The grant is recorded on the call first, under the
	 * call's lock: of two decisions that together would exceed what the call offered, the
	 * second is refused.
	 */
	@Transactional
	public ApplicationView decide(long id, @Nullable Long expectedVersion, DecisionRequest decision) {
		Application application = load(id);
		StaleVersion.check("application", id, expectedVersion, application.version());
		requireDecidedAlone(application, decision);
		return decided(application, decision, this.scope.asker().orElse("system"));
	}

	/**
	 * An application on a submitted recommendation list is decided with the list, by
	 * whoever decides it; and where the pool's decisions are a decision-maker's, a
	 * caseworker only registers a decision already made, with its day.
	 */
	private void requireDecidedAlone(Application application, DecisionRequest decision) {
		boolean onList = this.recommendations.findByApplicationId(application.id())
			.flatMap(r -> this.recommendationLists.findById(r.listId()))
			.filter(list -> list.status() != RecommendationStatus.DRAFT)
			.isPresent();
		if (onList) {
			throw new RuleViolation("application-on-recommendation-list", "status");
		}
		if (decision.decidedOn() == null
				&& this.pools.pool(application.poolId()).decidedBy() == Decider.DECISION_MAKER) {
			throw new RuleViolation("decided-by-decision-maker", "decidedOn",
					this.pools.pool(application.poolId()).name());
		}
	}

	/** Decides an application on a recommendation list, as the list's decider. */
	void decideFromList(Application application, DecisionRequest decision, String by) {
		decided(application, decision, by);
	}

	private ApplicationView decided(Application application, DecisionRequest decision, String by) {
		YearlyAmounts granted = application.decide(decision, by, now());
		this.pools.recordDecision(application.callId(), granted.total());
		Application saved = this.applications.save(application);
		this.events.publishEvent(new ApplicationDecided(saved.id(), saved.callId(), saved.poolId(),
				saved.leadOrganisationId(), saved.title(), decision.outcome(), granted, saved.conditionalYears(),
				saved.decidedAt(), saved.demo()));
		return ApplicationView.of(saved);
	}

	private CallView callOf(ApplicationRequest request) {
		try {
			return this.pools.call(request.callId());
		}
		catch (RecordNotFound ex) {
			throw new RuleViolation("call-unknown", "callId", request.callId());
		}
	}

	private void requireOrganisations(ApplicationRequest request) {
		this.organisations.findAll(List.of(request.leadOrganisationId()), "leadOrganisationId");
		if (request.partnerOrganisationIds() != null) {
			this.organisations.findAll(request.partnerOrganisationIds(), "partnerOrganisationIds");
		}
	}

	private Application load(long id) {
		return visible(this.applications.findById(id).orElseThrow(() -> new RecordNotFound("application", id)));
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
