package dk.pulje.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.grants.GrantManagement;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Who at the authority follows up each granted project. A caseworker takes a project (or
 * is given it); its reports are then theirs in the follow-up queue, and the reminder of
 * an overdue report goes to them rather than to every caseworker. Only the authority's
 * staff reach this, by the access rules.
 */
@Service
public class FollowUpCaseworkers {

	/**
	 * A project's caseworker, none when nobody has taken it, with the version a change
	 * must name.
	 */
	public record Assignment(long grantedProjectId, @Nullable String caseworker, long version,
			@Nullable OffsetDateTime assignedAt, @Nullable String assignedBy) {
	}

	private final JdbcClient jdbc;

	private final GrantManagement grants;

	private final OrganisationScope scope;

	private final Clock clock;

	FollowUpCaseworkers(JdbcClient jdbc, GrantManagement grants, OrganisationScope scope, Clock clock) {
		this.scope = scope;
		this.jdbc = jdbc;
		this.grants = grants;
		this.clock = clock;
	}

	/** The project's caseworker; a project that does not exist is not found. */
	@Transactional(readOnly = true)
	public Assignment of(long grantedProjectId) {
		this.grants.project(grantedProjectId);
		return stored(grantedProjectId).orElse(new Assignment(grantedProjectId, null, 0, null, null));
	}

	/**
	 * Gives the project to a caseworker, or to nobody (null). The version must be the one
	 * read: two caseworkers taking the same project at once never overwrite each other
	 * unseen. Only the authority's active staff can be given a project.
	 */
	@Transactional
	public Assignment assign(long grantedProjectId, @Nullable Long expectedVersion, @Nullable String caseworker) {
		Assignment current = of(grantedProjectId);
		String username = caseworker == null || caseworker.isBlank() ? null
				: caseworker.strip().toLowerCase(Locale.ROOT);
		if (username != null && !caseworkers().contains(username)) {
			throw new RuleViolation("caseworker-unknown", "caseworker", username);
		}
		StaleVersion.check("caseworker", grantedProjectId, expectedVersion, current.version());
		OffsetDateTime now = DanishTime.of(this.clock.instant());
		String by = this.scope.asker().orElse("system");
		int changed;
		try {
			changed = current.version() == 0 ? this.jdbc.sql("""
					insert into project_caseworker (granted_project_id, caseworker, version, assigned_at, assigned_by)
					values (:project, :caseworker, 1, :now, :by)""")
				.param("project", grantedProjectId)
				.param("caseworker", username)
				.param("now", now)
				.param("by", by)
				.update()
					: this.jdbc.sql("""
							update project_caseworker
							set caseworker = :caseworker, version = version + 1, assigned_at = :now, assigned_by = :by
							where granted_project_id = :project and version = :version""")
						.param("project", grantedProjectId)
						.param("caseworker", username)
						.param("now", now)
						.param("by", by)
						.param("version", current.version())
						.update();
		}
		catch (DuplicateKeyException takenMeanwhile) {
			changed = 0;
		}
		if (changed == 0) {
			throw new StaleVersion("caseworker", grantedProjectId, current.version(), current.version() + 1);
		}
		return of(grantedProjectId);
	}

	/**
	 * The usernames of the authority's active staff, who can be given a project, in
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<String> caseworkers() {
		return this.jdbc.sql("""
				select username from account
				where role in ('CASEWORKER', 'ADMINISTRATOR') and active = true order by username""")
			.query(String.class)
			.list();
	}

	/**
	 * Where to reach whoever follows up the project: its caseworker's address, or every
	 * active caseworker's when nobody has taken it (or its caseworker has no address).
	 */
	@Transactional(readOnly = true)
	public List<String> emailsFor(long grantedProjectId) {
		List<String> own = this.jdbc.sql("""
				select a.email from project_caseworker c join account a on a.username = c.caseworker
				where c.granted_project_id = :project and a.active = true and a.email is not null""")
			.param("project", grantedProjectId)
			.query(String.class)
			.list();
		return !own.isEmpty() ? own
				: this.jdbc.sql("""
						select distinct email from account
						where role = 'CASEWORKER' and active = true and email is not null order by email""")
					.query(String.class)
					.list();
	}

	private Optional<Assignment> stored(long grantedProjectId) {
		return this.jdbc.sql("""
				select caseworker, version, assigned_at, assigned_by from project_caseworker
				where granted_project_id = :project""")
			.param("project", grantedProjectId)
			.query((rs, n) -> new Assignment(grantedProjectId, rs.getString("caseworker"), rs.getLong("version"),
					DanishTime.shown(rs.getObject("assigned_at", OffsetDateTime.class)), rs.getString("assigned_by")))
			.optional();
	}

}
