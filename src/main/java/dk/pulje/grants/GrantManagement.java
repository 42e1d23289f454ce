package dk.pulje.grants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.applications.ApplicationDecided;
import dk.pulje.database.KeptCounts;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.StaleVersion;

/**
 * Turns grant decisions into granted projects with their reporting obligations, and lists
 * who got what.
 */
@Service
public class GrantManagement {

	public static final Map<String, String> SORTS = Map.of("title", "title", "grantedTotal", "granted_total",
			"periodEnd", "period_end", "id", "id");

	private static final String LINES = """
			select id, application_id, call_id, pool_id, organisation_id, title, period_start, period_end, demo,
			       granted_total, next_report_due,
			       case when closed_at is not null then 'CLOSED' when period_end < :today then 'REPORTING'
			            else 'RUNNING' end as stage
			from granted_project""";

	private final GrantedProjects projects;

	private final PoolManagement pools;

	private final OrganisationRegister organisations;

	private final JdbcClient jdbc;

	private final KeptCounts counts;

	private final Clock clock;

	GrantManagement(GrantedProjects projects, PoolManagement pools, OrganisationRegister organisations, JdbcClient jdbc,
			KeptCounts counts, Clock clock) {
		this.projects = projects;
		this.pools = pools;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.counts = counts;
		this.clock = clock;
	}

	/** Filters for the list of granted projects; each is optional. */
	public record Filter(@Nullable Long poolId, @Nullable Long callId, @Nullable Long organisationId,
			@Nullable String titleContains) {
	}

	/**
	 * A grant (in full or in part) makes a granted project, in the decision's own
	 * transaction: a project that could not be made undoes the decision. The project
	 * period is the pool's; where the pool states none, the years granted.
	 */
	@EventListener
	@Transactional
	public void on(ApplicationDecided decision) {
		if (!decision.outcome().grants() || this.projects.findByApplicationId(decision.applicationId()).isPresent()) {
			return;
		}
		PoolView pool = this.pools.pool(decision.poolId());
		ProjectPeriod period = pool.projectPeriod() != null ? pool.projectPeriod() : ProjectPeriod
			.years(decision.grantedByYear().byYear().firstKey(), decision.grantedByYear().byYear().lastKey());
		this.projects.save(GrantedProject.of(decision, period, pool.reportingRequirements(), pool.holdBack()));
	}

	@Transactional(readOnly = true)
	public GrantedProjectView project(long id) {
		return found(id).view();
	}

	/** The project an application's grant made, if it was granted. */
	@Transactional(readOnly = true)
	public Optional<GrantedProjectView> projectOf(long applicationId) {
		return this.projects.findByApplicationId(applicationId).map(GrantedProject::view);
	}

	/**
	 * Records a payment to a project, or a repayment from it. Two caseworkers paying the
	 * same project at once cannot both pay the last of a year's grant: the second save
	 * meets a newer version and is refused.
	 */
	@Transactional
	public GrantedProjectView pay(long id, @Nullable Long expectedVersion, PaymentRequest request) {
		GrantedProject project = found(id);
		StaleVersion.check("granted-project", id, expectedVersion, project.version());
		project.record(request, DanishTime.of(this.clock.instant()).toLocalDate());
		return this.projects.save(project).view();
	}

	/**
	 * Closes a project, as the person asking; what must be done before (its reports
	 * approved) is checked by whoever closes it.
	 */
	@Transactional
	public GrantedProjectView close(long id, @Nullable Long expectedVersion, String by) {
		GrantedProject project = found(id);
		StaleVersion.check("granted-project", id, expectedVersion, project.version());
		project.close(by, DanishTime.of(this.clock.instant()));
		return this.projects.save(project).view();
	}

	/**
	 * Confirms a year granted on the condition of its Finance Act, as the person asking.
	 */
	@Transactional
	public GrantedProjectView confirmYear(long id, @Nullable Long expectedVersion, int fiscalYear, String by) {
		GrantedProject project = found(id);
		StaleVersion.check("granted-project", id, expectedVersion, project.version());
		project.confirmYear(fiscalYear, by, DanishTime.of(this.clock.instant()));
		return this.projects.save(project).view();
	}

	/** Releases what was held back of the grant, once the final report is approved. */
	@Transactional
	public GrantedProjectView releaseHoldBack(long id) {
		GrantedProject project = found(id);
		project.releaseHoldBack();
		return this.projects.save(project).view();
	}

	/** Moves a report's due date, with the reason. */
	@Transactional
	public GrantedProjectView moveDueDate(long id, @Nullable Long expectedVersion, int obligationNo,
			DueDateRequest request) {
		GrantedProject project = found(id);
		StaleVersion.check("granted-project", id, expectedVersion, project.version());
		project.moveDueDate(obligationNo, request.dueDate(), request.reason());
		return this.projects.save(project).view();
	}

	/**
	 * Claims back the unspent money approved accounts show, by fiscal year, in the
	 * transaction that approves them.
	 */
	@Transactional
	public GrantedProjectView claimRepayment(long id, YearlyAmounts unspent, long reportId) {
		GrantedProject project = found(id);
		project.claimRepayment(unspent, DanishTime.of(this.clock.instant()).toLocalDate(), reportId);
		return this.projects.save(project).view();
	}

	private GrantedProject found(long id) {
		return this.projects.findById(id).orElseThrow(() -> new RecordNotFound("granted-project", id));
	}

	@Transactional(readOnly = true)
	public PageOf<GrantedProjectSummary> projects(Filter filter, Paging paging) {
		Where where = new Where().with("today", DanishTime.of(this.clock.instant()).toLocalDate())
			.and("pool_id = :pool", "pool", filter.poolId())
			.and("call_id = :call", "call", filter.callId())
			.and("organisation_id = :org", "org", filter.organisationId())
			.contains("title", "title", filter.titleContains());
		PageOf<GrantedProjectSummary> found = where.page(this.jdbc, this.counts, "select count(*) from granted_project",
				LINES, paging,
				(rs, n) -> new GrantedProjectSummary(rs.getLong("id"), rs.getLong("application_id"),
						rs.getLong("call_id"), rs.getLong("pool_id"), rs.getLong("organisation_id"), null,
						rs.getString("title"), Amount.ofOre(rs.getLong("granted_total")),
						Amount.ofOre(rs.getLong("granted_total")).toDanishText(),
						rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
						rs.getObject("next_report_due", LocalDate.class), ProjectStage.valueOf(rs.getString("stage")),
						rs.getBoolean("demo")));
		Map<Long, String> names = this.organisations
			.names(found.items().stream().map(GrantedProjectSummary::organisationId).distinct().toList());
		return found.map(l -> new GrantedProjectSummary(l.id(), l.applicationId(), l.callId(), l.poolId(),
				l.organisationId(), names.get(l.organisationId()), l.title(), l.grantedTotal(), l.grantedText(),
				l.periodStart(), l.periodEnd(), l.nextReportDue(), l.stage(), l.demo()));
	}

}
