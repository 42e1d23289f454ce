package dk.pulje.applications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.database.KeptCounts;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;

/**
 * Applications as lists show them: one line each with its totals and status, filtered and
 * paged in SQL. An applicant's list holds only the applications its organisations take
 * part in or it co-authors. It only reads; {@link ApplicationManagement} changes
 * applications.
 */
@Service
public class ApplicationList {

	public static final Map<String, String> SORTS = Map.of("title", "title", "submittedAt", "submitted_at",
			"requestedTotal", "requested_total", "grantedTotal", "granted_total", "id", "id");

	private static final String LINES = """
			select id, version, call_id, pool_id, lead_organisation_id, title, status, decision_outcome, submitted_at,
			       demo, requested_total, granted_total
			from application application_line""";

	private final JdbcClient jdbc;

	private final KeptCounts counts;

	private final OrganisationScope scope;

	ApplicationList(JdbcClient jdbc, KeptCounts counts, OrganisationScope scope) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.scope = scope;
	}

	/** Filters for the application list; each is optional. */
	public record Filter(@Nullable Long callId, @Nullable Long poolId, @Nullable ApplicationStatus status,
			@Nullable Long organisationId, @Nullable String titleContains) {
	}

	@Transactional(readOnly = true)
	public PageOf<ApplicationSummary> applications(Filter filter, Paging paging) {
		Where where = new Where().and("call_id = :call", "call", filter.callId())
			.and("pool_id = :pool", "pool", filter.poolId())
			.and("status = :status", "status", filter.status() == null ? null : filter.status().name())
			.and("(lead_organisation_id = :org or exists (select 1 from application_partner p"
					+ " where p.application_id = application_line.id and p.organisation_id = :org))", "org",
					filter.organisationId())
			.contains("title", "title", filter.titleContains());
		this.scope.limitedTo().ifPresent(limits -> {
			where.and("(lead_organisation_id in (:mine) or exists (select 1 from application_partner p"
					+ " where p.application_id = application_line.id and p.organisation_id in (:mine))"
					+ " or exists (select 1 from application_co_author c where c.application_id = application_line.id"
					+ " and c.email = :email))", "mine",
					limits.organisations().isEmpty() ? List.of(-1L) : limits.organisations());
			where.params().put("email", limits.email() == null ? "" : limits.email());
		});
		return where.page(this.jdbc, this.counts, "select count(*) from application application_line", LINES, paging,
				(rs, n) -> new ApplicationSummary(rs.getLong("id"), rs.getLong("version"), rs.getLong("call_id"),
						rs.getLong("pool_id"), rs.getLong("lead_organisation_id"), rs.getString("title"),
						ApplicationStatus.valueOf(rs.getString("status")), Amount.ofOre(rs.getLong("requested_total")),
						rs.getString("decision_outcome") == null ? null
								: DecisionOutcome.valueOf(rs.getString("decision_outcome")),
						Amount.ofOre(rs.getLong("granted_total")),
						DanishTime.shown(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getBoolean("demo")));
	}

}
