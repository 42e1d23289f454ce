package dk.pulje.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.accounts.OrganisationScope;
import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.AttachmentKind;
import dk.pulje.applications.Attachments;
import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.grants.ReportingObligation;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.ReportKind;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Drafts, hands in, approves and returns the reports granted projects owe. A project's
 * reports are seen by whoever may see its application: the authority's staff and
 * analysts, and the lead organisation's applicants and the co-authors it invited; to
 * anybody else a report does not exist.
 */
@Service
public class ReportManagement {

	private final ProjectReports reports;

	private final GrantManagement grants;

	private final ApplicationManagement applications;

	private final PoolManagement pools;

	private final OrganisationScope scope;

	private final JsonMapper json;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReportManagement(ProjectReports reports, GrantManagement grants, ApplicationManagement applications,
			PoolManagement pools, OrganisationScope scope, JsonMapper json, Clock clock, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.reports = reports;
		this.grants = grants;
		this.applications = applications;
		this.pools = pools;
		this.scope = scope;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The report on one of a project's obligations (numbered from 1), started as a draft
	 * the first time it is asked for: each goal of the application to account for, and
	 * each line of its budget to say what was spent on, and each of the pool's
	 * indicators.
	 */
	@Transactional
	public ReportView start(long grantedProjectId, int obligationNo) {
		GrantedProjectView project = this.grants.project(grantedProjectId);
		ApplicationView application = applicationOf(project, "granted-project", grantedProjectId);
		if (obligationNo < 1 || obligationNo > project.obligations().size()) {
			throw new RuleViolation("obligation-unknown", "obligationNo", obligationNo);
		}
		ProjectReport report = this.reports.findByGrantedProjectIdAndObligationNo(grantedProjectId, obligationNo)
			.orElseGet(() -> this.reports.save(ProjectReport.start(grantedProjectId, obligationNo,
					project.obligations().get(obligationNo - 1).reportKind(), goalsOf(application),
					budgetOf(application), this.pools.pool(project.poolId()).indicators(), project.demo())));
		return view(report, project);
	}

	/** A report, to whoever may see its project's application, and to its auditor. */
	@Transactional(readOnly = true)
	public ReportView report(long id) {
		ProjectReport report = found(id);
		return view(report, readableProject(report));
	}

	/**
	 * Invites an auditor by e-mail address to the report's accounts; the invitation is
	 * mailed once it is saved.
	 */
	@Transactional
	public ReportView inviteAuditor(long id, @Nullable Long expectedVersion, String email) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		StaleVersion.check("report", id, expectedVersion, report.version());
		report.inviteAuditor(email, asker(), now());
		ProjectReport saved = this.reports.save(report);
		this.events.publishEvent(new AuditorInvited(saved.id(), email.strip(), project.title(), asker()));
		return view(saved, project);
	}

	/**
	 * The auditor attaches the signed statement, a PDF of at most 10 MB; one attached
	 * before is replaced.
	 */
	@Transactional
	public ReportView attachStatement(long id, @Nullable String fileName, byte[] content) {
		ProjectReport report = found(id);
		GrantedProjectView project = auditorsProject(report);
		String name = fileName == null || fileName.isBlank() ? "revisorerklaering.pdf" : fileName.strip();
		if (content.length == 0 || content.length > ApplicationManagement.MAX_ATTACHMENT_BYTES || !isPdf(content)) {
			throw new RuleViolation("audit-statement-not-pdf", "statement", name,
					ApplicationManagement.MAX_ATTACHMENT_BYTES / (1024 * 1024));
		}
		report.attachStatement(name.length() > 255 ? name.substring(0, 255) : name);
		ProjectReport saved = this.reports.save(report);
		this.jdbc.sql("delete from report_audit_statement where project_report_id = :id").param("id", id).update();
		this.jdbc.sql("""
				insert into report_audit_statement (project_report_id, file_name, content, uploaded_at, uploaded_by)
				values (:id, :name, :content, :now, :by)""")
			.param("id", id)
			.param("name", saved.audit().statementName())
			.param("content", content)
			.param("now", now())
			.param("by", asker())
			.update();
		return view(saved, project);
	}

	/** The auditor signs off the accounts as they stand. */
	@Transactional
	public ReportView signOff(long id, @Nullable Long expectedVersion, AuditSignOff signOff) {
		ProjectReport report = found(id);
		GrantedProjectView project = auditorsProject(report);
		StaleVersion.check("report", id, expectedVersion, report.version());
		report.signOff(signOff.name(), signOff.firm(), signOff.standard(), asker(), now());
		return view(this.reports.save(report), project);
	}

	/** The auditor's signed statement, to whoever may read the report. */
	@Transactional(readOnly = true)
	public Statement statement(long id) {
		ProjectReport report = found(id);
		readableProject(report);
		return this.jdbc.sql("select file_name, content from report_audit_statement where project_report_id = :id")
			.param("id", id)
			.query((rs, n) -> new Statement(rs.getString("file_name"), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new RecordNotFound("audit-statement", id));
	}

	/**
	 * Attaches a file to a report while it may be changed: a document, spreadsheet or
	 * image whose name and first bytes agree, of at most 10 MB.
	 */
	@Transactional
	public ReportView attach(long id, @Nullable String fileName, byte[] content) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		String name = Attachments.fileName(fileName);
		if (content.length == 0 || content.length > ApplicationManagement.MAX_ATTACHMENT_BYTES) {
			throw new RuleViolation("attachment-too-large", "file", name,
					ApplicationManagement.MAX_ATTACHMENT_BYTES / (1024 * 1024));
		}
		AttachmentKind kind = AttachmentKind.of(name, content)
			.orElseThrow(() -> new RuleViolation("attachment-kind-not-allowed", "file", name, AttachmentKind.ALLOWED));
		String key = UUID.randomUUID().toString();
		report.attach(new ReportAttachment(key, name, kind.contentType(), content.length, Attachments.sha256(content),
				now(), asker()));
		ProjectReport saved = this.reports.save(report);
		this.jdbc.sql("insert into report_attachment_content (file_key, content) values (:key, :content)")
			.param("key", key)
			.param("content", content)
			.update();
		return view(saved, project);
	}

	/**
	 * Takes a file off a report while it may be changed. Its bytes stay, for a version
	 * handed in with it.
	 */
	@Transactional
	public ReportView removeAttachment(long id, String fileKey) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		report.removeAttachment(fileKey);
		return view(this.reports.save(report), project);
	}

	/**
	 * A file of a report, now or in a version handed in, to whoever may read the report.
	 */
	@Transactional(readOnly = true)
	public AttachedFile attachment(long id, String fileKey) {
		ProjectReport report = found(id);
		readableProject(report);
		ReportAttachment attachment = report.attachments()
			.stream()
			.filter(a -> a.fileKey().equals(fileKey))
			.findFirst()
			.or(() -> report.versions()
				.stream()
				.flatMap(v -> this.json.readValue(v.content(), ReportContent.class).attachments().stream())
				.filter(a -> a.fileKey().equals(fileKey))
				.findFirst())
			.orElseThrow(() -> new RecordNotFound("attachment", fileKey));
		byte[] content = this.jdbc.sql("select content from report_attachment_content where file_key = :key")
			.param("key", fileKey)
			.query((rs, n) -> rs.getBytes("content"))
			.optional()
			.orElseThrow(() -> new RecordNotFound("attachment", fileKey));
		return new AttachedFile(attachment, content);
	}

	/** A file as it was attached. */
	public record AttachedFile(ReportAttachment attachment, byte[] content) {
	}

	/** A statement as it was attached. */
	public record Statement(String fileName, byte[] content) {
	}

	/** The reports whose accounts the person asking was invited to audit. */
	@Transactional(readOnly = true)
	public List<ReportView> audits() {
		String email = this.scope.limitedTo().map(OrganisationScope.Limits::email).orElse(null);
		if (email == null) {
			return List.of();
		}
		return this.jdbc.sql("select id from project_report where lower(auditor_email) = :email order by id")
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(Long.class)
			.list()
			.stream()
			.map(this::report)
			.toList();
	}

	/** Writes what a draft or returned report says. */
	@Transactional
	public ReportView revise(long id, @Nullable Long expectedVersion, ReportRequest request) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		StaleVersion.check("report", id, expectedVersion, report.version());
		report.revise(request);
		return view(this.reports.save(report), project);
	}

	/** Hands the report in as it stands; the version handed in is kept. */
	@Transactional
	public ReportView handIn(long id, @Nullable Long expectedVersion) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		StaleVersion.check("report", id, expectedVersion, report.version());
		report.handIn(asker(), now(), this.json.writeValueAsString(report.content()), auditRequired(report, project));
		return view(this.reports.save(report), project);
	}

	/**
	 * What stops the report from being handed in as it stands, each at its field; none
	 * once it is handed in.
	 */
	@Transactional(readOnly = true)
	public List<RuleViolation> handInProblems(long id) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		return report.status().editable() ? report.handInProblems(auditRequired(report, project)) : List.of();
	}

	/**
	 * Closes a project once every report it owes is approved and its repayment claims are
	 * settled; after that nothing about it changes.
	 */
	@Transactional
	public GrantedProjectView close(long grantedProjectId, @Nullable Long expectedVersion) {
		GrantedProjectView project = project(grantedProjectId);
		long approved = project.obligations().isEmpty() ? 0
				: IntStream.rangeClosed(1, project.obligations().size())
					.filter(no -> this.reports.findByGrantedProjectIdAndObligationNo(grantedProjectId, no)
						.map(r -> r.status() == ReportStatus.APPROVED)
						.orElse(false))
					.count();
		long owed = project.obligations().size() - approved;
		if (owed > 0) {
			throw new RuleViolation("project-reports-not-approved", "reports", owed);
		}
		return this.grants.close(grantedProjectId, expectedVersion, asker());
	}

	/**
	 * A granted project whose reports the person asking may see, that is whose
	 * application it may see.
	 */
	@Transactional(readOnly = true)
	public GrantedProjectView project(long grantedProjectId) {
		GrantedProjectView project = this.grants.project(grantedProjectId);
		applicationOf(project, "granted-project", grantedProjectId);
		return project;
	}

	/**
	 * Approves a report handed in. Approving a final report releases what the pool held
	 * back of the grant, and, where its accounts show money paid but not spent, claims it
	 * back year by year, in the same transaction.
	 */
	@Transactional
	public ReportView approve(long id, @Nullable Long expectedVersion) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		StaleVersion.check("report", id, expectedVersion, report.version());
		report.approve(asker(), now(), auditRequired(report, project));
		ProjectReport approved = this.reports.save(report);
		YearlyAmounts unspent = unspent(approved, project);
		if (approved.reportKind() == ReportKind.FINAL_REPORT) {
			project = this.grants.releaseHoldBack(project.id());
			if (!unspent.isEmpty()) {
				project = this.grants.claimRepayment(project.id(), unspent, approved.id());
			}
		}
		return view(approved, project);
	}

	/** The money paid but not spent, by the years that have some. */
	private static YearlyAmounts unspent(ProjectReport report, GrantedProjectView project) {
		Map<Integer, Amount> unspent = new TreeMap<>();
		accounts(report.spending(), project).stream()
			.filter(a -> a.unspent().isPositive())
			.forEach(a -> unspent.put(a.year(), a.unspent()));
		return YearlyAmounts.of(unspent);
	}

	/** Returns a report handed in to its organisation, with the reasons. */
	@Transactional
	public ReportView returnToOrganisation(long id, @Nullable Long expectedVersion, @Nullable String reason) {
		ProjectReport report = found(id);
		GrantedProjectView project = visibleProject(report);
		StaleVersion.check("report", id, expectedVersion, report.version());
		report.returnToOrganisation(reason, asker(), now());
		return view(this.reports.save(report), project);
	}

	private ProjectReport found(long id) {
		return this.reports.findById(id).orElseThrow(() -> new RecordNotFound("report", id));
	}

	private static boolean isPdf(byte[] content) {
		return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
				&& content[4] == '-';
	}

	/**
	 * Whether the accounts of this report must be audited: the pool's rule for it says
	 * so.
	 */
	private static boolean auditRequired(ProjectReport report, GrantedProjectView project) {
		return project.obligations().get(report.obligationNo() - 1).auditedAccounts();
	}

	/**
	 * The project of a report the person asking may read: as its organisation, staff, or
	 * auditor.
	 */
	private GrantedProjectView readableProject(ProjectReport report) {
		if (isAuditorAsking(report)) {
			return this.grants.project(report.grantedProjectId());
		}
		return visibleProject(report);
	}

	/**
	 * The project of a report whose auditor is asking. Anybody else who may read the
	 * report is refused: only the invited auditor attaches the statement and signs off.
	 */
	private GrantedProjectView auditorsProject(ProjectReport report) {
		GrantedProjectView project = readableProject(report);
		if (!isAuditorAsking(report)) {
			throw new RuleViolation("audit-only-auditor", "auditor");
		}
		return project;
	}

	private boolean isAuditorAsking(ProjectReport report) {
		return this.scope.limitedTo()
			.map(limits -> !limits.isReviewer() && report.isAuditor(limits.email()))
			.orElse(false);
	}

	private GrantedProjectView visibleProject(ProjectReport report) {
		GrantedProjectView project = this.grants.project(report.grantedProjectId());
		applicationOf(project, "report", report.id());
		return project;
	}

	/**
	 * The application the project was granted on, which also decides who may see the
	 * project's reports: to anybody who may not see it, the record asked for does not
	 * exist.
	 */
	private ApplicationView applicationOf(GrantedProjectView project, String kind, long id) {
		try {
			return this.applications.application(project.applicationId());
		}
		catch (RecordNotFound hidden) {
			throw new RecordNotFound(kind, id);
		}
	}

	/**
	 * The goals an application set, one a line as it was written ("- Færre indlæggelser"
	 * becomes "Færre indlæggelser"); an application that wrote none is accounted for as
	 * one goal, its title.
	 */
	static List<String> goalsOf(ApplicationView application) {
		List<String> goals = new ArrayList<>();
		if (application.goals() != null) {
			application.goals()
				.lines()
				.map(line -> line.strip().replaceFirst("^([-*•]|\\d+[.)])\\s*", "").strip())
				.filter(line -> !line.isEmpty())
				.map(line -> line.length() > 1000 ? line.substring(0, 1000) : line)
				.forEach(goals::add);
		}
		return goals.isEmpty() ? List.of(application.title()) : goals;
	}

	private static List<ReportSpending> budgetOf(ApplicationView application) {
		return application.budgetLines()
			.stream()
			.map(line -> new ReportSpending(line.fiscalYear(), line.description(), line.amount(), Amount.ZERO))
			.toList();
	}

	private ReportView view(ProjectReport report, GrantedProjectView project) {
		ReportingObligation obligation = project.obligations().get(report.obligationNo() - 1);
		List<ReportView.YearAccount> accounts = accounts(report.spending(), project);
		Amount unspent = accounts.stream().map(ReportView.YearAccount::unspent).reduce(Amount.ZERO, Amount::plus);
		List<ReportView.VersionView> versions = new ArrayList<>();
		List<ReportVersion> kept = report.versions();
		for (int i = 0; i < kept.size(); i++) {
			ReportVersion v = kept.get(i);
			versions.add(new ReportView.VersionView(i + 1, DanishTime.shown(v.handedInAt()), v.handedInBy(),
					this.json.readValue(v.content(), ReportContent.class), v.decision(),
					DanishTime.shown(v.decidedAt()), v.decidedBy(), v.reason()));
		}
		return new ReportView(report.id(), report.version(), project.id(), project.title(), project.organisationId(),
				report.obligationNo(), report.reportKind(), obligation.dueDate(), obligation.auditedAccounts(),
				report.status(), report.content(), accounts, report.spentTotal(), unspent,
				DanishTime.shown(report.handedInAt()), DanishTime.shown(report.decidedAt()), report.decidedBy(),
				report.returnReason(), versions, report.audit(), report.demo());
	}

	/**
	 * The accounts by year: every year the budget, the grant or the payments name. The
	 * money paid for a year but not spent in it is owed back; spending above what was
	 * paid owes nothing and is not paid for by another year's money.
	 */
	static List<ReportView.YearAccount> accounts(List<ReportSpending> spending, GrantedProjectView project) {
		TreeSet<Integer> years = new TreeSet<>(project.grantedByYear().byYear().keySet());
		years.addAll(project.paidByYear().byYear().keySet());
		spending.forEach(line -> years.add(line.fiscalYear()));
		List<ReportView.YearAccount> accounts = new ArrayList<>();
		for (int year : years) {
			Amount budgeted = sum(spending, year, ReportSpending::budgeted);
			Amount spent = sum(spending, year, ReportSpending::spent);
			Amount paid = project.paidByYear().in(year);
			Amount unspent = paid.isGreaterThan(spent) ? paid.minus(spent) : Amount.ZERO;
			accounts.add(new ReportView.YearAccount(year, budgeted, project.grantedByYear().in(year), paid, spent,
					budgeted.minus(spent), unspent));
		}
		return accounts;
	}

	private static Amount sum(List<ReportSpending> spending, int year, Function<ReportSpending, Amount> amount) {
		return spending.stream().filter(l -> l.fiscalYear() == year).map(amount).reduce(Amount.ZERO, Amount::plus);
	}

	private String asker() {
		return this.scope.asker().orElse("system");
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
