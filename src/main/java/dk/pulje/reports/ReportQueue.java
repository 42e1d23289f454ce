package dk.pulje.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.database.KeptCounts;
import dk.pulje.money.DanishTime;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.pools.ReportKind;

/**
 * Every reporting obligation of the granted projects with where it stands today: the
 * caseworker's queue of reports due soon, overdue and awaiting review, and an applicant's
 * list of what its organisations owe.
 */
@Component
public class ReportQueue {

	public static final Map<String, String> SORTS = Map.of("dueDate", "due_date", "title", "title", "state", "state");

	/**
	 * An obligation has no id of its own; its project's id and its number on the project
	 * make one, for pages to break ties by.
	 */
	private static final String OBLIGATIONS = """
			select * from (
			  select o.granted_project_id * 1000 + o.line_no as id, o.granted_project_id, o.line_no + 1 as obligation_no,
			         o.report_kind, o.due_date, o.original_due_date, o.due_date_reason, o.audited_accounts, g.title, g.pool_id, p.name as pool_name,
			         g.organisation_id, g.demo, pc.caseworker,
			         r.id as report_id,
			         case when r.status = 'APPROVED' then 'APPROVED'
			              when r.status = 'HANDED_IN' then 'HANDED_IN'
			              when r.status = 'RETURNED' then 'RETURNED'
			              when o.due_date < :today then 'OVERDUE'
			              when o.due_date <= :soon then 'DUE_SOON'
			              else 'DUE' end as state
			  from reporting_obligation o
			  join granted_project g on g.id = o.granted_project_id
			  join pool p on p.id = g.pool_id
			  left join project_caseworker pc on pc.granted_project_id = o.granted_project_id
			  left join project_report r on r.granted_project_id = o.granted_project_id
			                            and r.obligation_no = o.line_no + 1
			) obligation""";

	private final JdbcClient jdbc;

	private final KeptCounts counts;

	private final OrganisationScope scope;

	private final Clock clock;

	ReportQueue(JdbcClient jdbc, KeptCounts counts, OrganisationScope scope, Clock clock) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.scope = scope;
		this.clock = clock;
	}

	/** The caseworker filter for the projects nobody has taken. */
	public static final String NOBODY = "-";

	/**
	 * Filters of the queue; each is optional. The caseworker is a username, or
	 * {@link #NOBODY}; the pool's name is any part of it, in any case.
	 */
	public record Filter(@Nullable ObligationState state, @Nullable Long poolId, @Nullable Long grantedProjectId,
			@Nullable String caseworker, @Nullable String poolName) {

		public Filter(@Nullable ObligationState state, @Nullable Long poolId, @Nullable Long grantedProjectId,
				@Nullable String caseworker) {
			this(state, poolId, grantedProjectId, caseworker, null);
		}

		public Filter(@Nullable ObligationState state, @Nullable Long poolId, @Nullable Long grantedProjectId) {
			this(state, poolId, grantedProjectId, null);
		}

	}

	/**
	 * An obligation, what it is for, when it is due, the report on it if one is started,
	 * and (to the authority's staff only) the caseworker following the project up.
	 */
	public record Obligation(long grantedProjectId, int obligationNo, ReportKind reportKind, LocalDate dueDate,
			@Nullable LocalDate originalDueDate, @Nullable String dueDateReason, boolean auditedAccounts,
			String projectTitle, long poolId, String poolName, long organisationId, @Nullable Long reportId,
			ObligationState state, @Nullable String caseworker, boolean demo) {
	}

	/**
	 * The public summaries of the projects' approved final reports, by project: what the
	 * public reads of a project once its final report is approved.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> publicSummaries(Collection<Long> grantedProjectIds) {
		Map<Long, String> summaries = new LinkedHashMap<>();
		if (grantedProjectIds.isEmpty()) {
			return summaries;
		}
		this.jdbc.sql("""
				select granted_project_id, public_summary from project_report
				where status = 'APPROVED' and report_kind = 'FINAL_REPORT' and public_summary is not null
				  and granted_project_id in (:projects)""").param("projects", grantedProjectIds).query(rs -> {
			summaries.put(rs.getLong("granted_project_id"), rs.getString("public_summary"));
		});
		return summaries;
	}

	/**
	 * At most this many pools whose names match are looked for by their ids; more, and
	 * the obligations are looked for by the name.
	 */
	private static final int POOLS_BY_ID = 500;

	/**
	 * Narrows the obligations to pools whose names contain the text. The pools are found
	 * first, and the obligations by their ids: PostgreSQL plans a prepared statement
	 * without knowing the text, and as a filter on the name it read every obligation in
	 * order of due date for those of one pool (860 ms at 150 000 obligations, against 20
	 * for the pools first). A text that many pools share is kept as a filter on the name,
	 * which then finds a page soon in that order.
	 */
	private void byPoolName(Where where, @Nullable String text) {
		Where named = new Where().contains("name", "name", text);
		if (named.params().isEmpty()) {
			return;
		}
		List<Long> pools = this.jdbc
			.sql("select id from pool" + named + " fetch first " + (POOLS_BY_ID + 1) + " rows only")
			.params(named.params())
			.query(Long.class)
			.list();
		if (pools.size() > POOLS_BY_ID) {
			where.contains("pool_name", "poolName", text);
		}
		else {
			where.and("pool_id in (:pools)", "pools", pools.isEmpty() ? List.of(-1L) : pools);
		}
	}

	@Transactional(readOnly = true)
	public PageOf<Obligation> obligations(Filter filter, Paging paging) {
		LocalDate today = DanishTime.of(this.clock.instant()).toLocalDate();
		Where where = new Where().with("today", today)
			.with("soon", today.plusDays(ObligationState.SOON_DAYS))
			.and("state = :state", "state", filter.state() == null ? null : filter.state().name())
			.and("pool_id = :pool", "pool", filter.poolId())
			.and("granted_project_id = :project", "project", filter.grantedProjectId());
		byPoolName(where, filter.poolName());
		// Who follows a project up is the authority's own business
		boolean staff = this.scope.limitedTo().isEmpty();
		if (staff && NOBODY.equals(filter.caseworker())) {
			where.and("caseworker is null");
		}
		else if (staff) {
			where.and("caseworker = :caseworker", "caseworker",
					filter.caseworker() == null ? null : filter.caseworker().strip().toLowerCase(Locale.ROOT));
		}
		// An applicant sees what its organisations owe; one of no organisation owes
		// nothing
		this.scope.limitedTo()
			.ifPresent(limits -> where.and("organisation_id in (:organisations)", "organisations",
					limits.organisations().isEmpty() ? Set.of(-1L) : limits.organisations()));
		return where.page(this.jdbc, this.counts, "select count(*) from (" + OBLIGATIONS + ") counted", OBLIGATIONS,
				paging,
				(rs, n) -> new Obligation(rs.getLong("granted_project_id"), rs.getInt("obligation_no"),
						ReportKind.valueOf(rs.getString("report_kind")), rs.getObject("due_date", LocalDate.class),
						rs.getObject("original_due_date", LocalDate.class), rs.getString("due_date_reason"),
						rs.getBoolean("audited_accounts"), rs.getString("title"), rs.getLong("pool_id"),
						rs.getString("pool_name"), rs.getLong("organisation_id"), rs.getObject("report_id", Long.class),
						ObligationState.valueOf(rs.getString("state")), staff ? rs.getString("caseworker") : null,
						rs.getBoolean("demo")));
	}

}
