package dk.pulje.grants;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.applications.ApplicationDecided;
import dk.pulje.money.Amount;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.pools.ReportingRequirement;

/** A project that was granted money, what it was granted, and what it owes in reports. */
@Table("granted_project")
class GrantedProject {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long applicationId;

	private Long callId;

	private Long poolId;

	private Long organisationId;

	private String title;

	@Embedded.Empty(prefix = "period_")
	private ProjectPeriod period;

	private OffsetDateTime grantedAt;

	/** What the years add up to, and the earliest report due; kept for the public list to sort and show. */
	private Amount grantedTotal;

	private java.time.LocalDate nextReportDue;

	@MappedCollection(idColumn = "granted_project_id", keyColumn = "line_no")
	private List<GrantedYear> years = new ArrayList<>();

	@MappedCollection(idColumn = "granted_project_id", keyColumn = "line_no")
	private List<ReportingObligation> obligations = new ArrayList<>();

	private final boolean demo;

	@PersistenceCreator
	GrantedProject(Long id, Long version, boolean demo) {
		this.id = id;
		this.version = version;
		this.demo = demo;
	}

	/**
	 * The project a grant creates. Each of the pool's reporting requirements becomes an obligation due the stated
	 * number of months after the project period ends.
	 */
	static GrantedProject of(ApplicationDecided grant, ProjectPeriod period, List<ReportingRequirement> requirements) {
		GrantedProject project = new GrantedProject(null, null, grant.demo());
		project.applicationId = grant.applicationId();
		project.callId = grant.callId();
		project.poolId = grant.poolId();
		project.organisationId = grant.leadOrganisationId();
		project.title = grant.title();
		project.period = period;
		project.grantedAt = grant.decidedAt();
		grant.grantedByYear().byYear().forEach((year, amount) -> project.years.add(new GrantedYear(year, amount)));
		requirements.forEach(r -> project.obligations.add(new ReportingObligation(r.reportKind(),
				period.monthsAfterEnd(r.monthsAfterEnd()), r.auditedAccounts(), r.contents())));
		project.grantedTotal = project.granted().total();
		project.nextReportDue = project.obligations.stream()
			.map(ReportingObligation::dueDate)
			.min(java.util.Comparator.naturalOrder())
			.orElse(null);
		return project;
	}

	YearlyAmounts granted() {
		return YearlyAmounts.summing(this.years, GrantedYear::fiscalYear, GrantedYear::amount);
	}

	GrantedProjectView view() {
		YearlyAmounts granted = granted();
		return new GrantedProjectView(this.id, this.version == null ? 0 : this.version, this.applicationId,
				this.callId, this.poolId, this.organisationId, this.title, this.period, granted, granted.total(),
				granted.total().toDanishText(), dk.pulje.money.DanishTime.shown(this.grantedAt),
				List.copyOf(this.obligations), this.demo);
	}

}
