package dk.pulje.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.pools.Indicator;
import dk.pulje.pools.ReportKind;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;

/**
 * A report a granted project hands in against one of its reporting obligations. Its
 * organisation drafts it while it is a draft or returned; once handed in only the
 * authority acts on it, approving it or returning it with its reasons; once approved it
 * never changes. Each version handed in is kept with what was decided on it.
 */
@Table("project_report")
class ProjectReport {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private final Long grantedProjectId;

	/** The obligation the report answers, by its number on the project (from 1). */
	private final int obligationNo;

	private final ReportKind reportKind;

	private ReportStatus status = ReportStatus.DRAFT;

	private @Nullable String results;

	private @Nullable Boolean continues;

	private @Nullable String continuation;

	private @Nullable String publicSummary;

	private @Nullable OffsetDateTime handedInAt;

	private @Nullable OffsetDateTime decidedAt;

	private @Nullable String decidedBy;

	private @Nullable String returnReason;

	private @Nullable String auditorEmail;

	private @Nullable OffsetDateTime auditorInvitedAt;

	private @Nullable String auditorInvitedBy;

	private @Nullable String auditStatementName;

	private @Nullable String auditorName;

	private @Nullable String auditorFirm;

	private @Nullable String auditStandard;

	private @Nullable OffsetDateTime auditSignedAt;

	private @Nullable String auditSignedBy;

	@MappedCollection(idColumn = "project_report_id", keyColumn = "line_no")
	private List<ReportGoal> goals = new ArrayList<>();

	@MappedCollection(idColumn = "project_report_id", keyColumn = "line_no")
	private List<ReportSpending> spending = new ArrayList<>();

	@MappedCollection(idColumn = "project_report_id", keyColumn = "line_no")
	private List<ReportIndicator> indicators = new ArrayList<>();

	@MappedCollection(idColumn = "project_report_id", keyColumn = "line_no")
	private List<ReportVersion> versions = new ArrayList<>();

	@MappedCollection(idColumn = "project_report_id", keyColumn = "line_no")
	private List<ReportAttachment> attachments = new ArrayList<>();

	private final boolean demo;

	@PersistenceCreator
	ProjectReport(@Nullable Long id, @Nullable Long version, Long grantedProjectId, int obligationNo,
			ReportKind reportKind, boolean demo) {
		this.id = id;
		this.version = version;
		this.grantedProjectId = grantedProjectId;
		this.obligationNo = obligationNo;
		this.reportKind = reportKind;
		this.demo = demo;
	}

	/**
	 * A new draft: each of the application's goals to account for, and each line of its
	 * budget to say what was spent on, nothing spent yet, and each indicator of the pool
	 * to give a value for.
	 */
	static ProjectReport start(long grantedProjectId, int obligationNo, ReportKind kind, List<String> goals,
			List<ReportSpending> budget, List<Indicator> indicators, boolean demo) {
		ProjectReport report = new ProjectReport(null, null, grantedProjectId, obligationNo, kind, demo);
		goals.forEach(goal -> report.goals.add(new ReportGoal(goal, null, null)));
		report.spending.addAll(budget);
		indicators.forEach(i -> report.indicators.add(new ReportIndicator(i.name(), i.unit(), null, null)));
		return report;
	}

	/**
	 * Writes what the report says. Only a draft or a returned report can be changed; a
	 * goal or a budget line the report does not have, and a negative amount spent, are
	 * refused, each at its field.
	 */
	void revise(ReportRequest request) {
		requireEditable();
		List<RuleViolation> problems = new ArrayList<>();
		List<ReportGoal> newGoals = new ArrayList<>(this.goals);
		List<ReportRequest.GoalRequest> goalRequests = request.goals() == null ? List.of() : request.goals();
		for (int i = 0; i < goalRequests.size(); i++) {
			ReportRequest.GoalRequest goal = goalRequests.get(i);
			if (goal.no() > newGoals.size()) {
				problems.add(new RuleViolation("report-goal-unknown", "goals[" + i + "].no", goal.no()));
				continue;
			}
			ReportGoal was = newGoals.get(goal.no() - 1);
			newGoals.set(goal.no() - 1, new ReportGoal(was.goal(), goal.outcome(), text(goal.account())));
		}
		List<ReportSpending> newSpending = new ArrayList<>(this.spending);
		List<ReportRequest.SpendingRequest> spendingRequests = request.spending() == null ? List.of()
				: request.spending();
		for (int i = 0; i < spendingRequests.size(); i++) {
			ReportRequest.SpendingRequest line = spendingRequests.get(i);
			if (line.line() > newSpending.size()) {
				problems.add(new RuleViolation("report-budget-line-unknown", "spending[" + i + "].line", line.line()));
				continue;
			}
			if (line.spent().isNegative()) {
				problems.add(new RuleViolation("spending-negative", "spending[" + i + "].spent", line.spent()));
				continue;
			}
			ReportSpending was = newSpending.get(line.line() - 1);
			newSpending.set(line.line() - 1,
					new ReportSpending(was.fiscalYear(), was.description(), was.budgeted(), line.spent()));
		}
		List<ReportIndicator> newIndicators = revisedIndicators(request, problems);
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		if (!newSpending.equals(this.spending)) {
			// the auditor signed off the accounts as they were
			clearSignOff();
		}
		this.goals = newGoals;
		this.spending = newSpending;
		this.indicators = newIndicators;
		this.results = text(request.results());
		this.continues = request.continues();
		this.continuation = text(request.continuation());
		this.publicSummary = text(request.publicSummary());
	}

	private List<ReportIndicator> revisedIndicators(ReportRequest request, List<RuleViolation> problems) {
		List<ReportIndicator> revised = new ArrayList<>(this.indicators);
		List<ReportRequest.IndicatorRequest> requests = request.indicators() == null ? List.of() : request.indicators();
		for (int i = 0; i < requests.size(); i++) {
			ReportRequest.IndicatorRequest indicator = requests.get(i);
			if (indicator.no() > revised.size()) {
				problems.add(new RuleViolation("report-indicator-unknown", "indicators[" + i + "].no", indicator.no()));
				continue;
			}
			ReportIndicator was = revised.get(indicator.no() - 1);
			revised.set(indicator.no() - 1,
					new ReportIndicator(was.name(), was.unit(), indicator.measured(), text(indicator.comment())));
		}
		return revised;
	}

	/**
	 * Hands the report in, as it stands. It must account for every goal (how far it was
	 * reached, and in words), give every indicator's value and say what came of the
	 * project; a final report also whether the work goes on after the grant. Every part
	 * missing is named at once.
	 */
	void handIn(String by, OffsetDateTime at, String content, boolean auditRequired) {
		requireEditable();
		List<RuleViolation> problems = handInProblems(auditRequired);
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		this.status = ReportStatus.HANDED_IN;
		this.handedInAt = at;
		this.returnReason = null;
		this.versions.add(new ReportVersion(at, by, content, null, null, null, null));
	}

	/** What stops the report from being handed in as it stands, every part at once. */
	List<RuleViolation> handInProblems(boolean auditRequired) {
		List<RuleViolation> problems = new ArrayList<>();
		if (auditRequired && this.auditSignedAt == null) {
			problems.add(new RuleViolation("report-audit-missing", "auditor"));
		}
		for (int i = 0; i < this.goals.size(); i++) {
			ReportGoal goal = this.goals.get(i);
			if (goal.outcome() == null) {
				problems.add(new RuleViolation("report-goal-outcome-missing", "goals[" + i + "].outcome", i + 1));
			}
			if (goal.account() == null) {
				problems.add(new RuleViolation("report-goal-account-missing", "goals[" + i + "].account", i + 1));
			}
		}
		for (int i = 0; i < this.indicators.size(); i++) {
			if (this.indicators.get(i).measured() == null) {
				problems.add(new RuleViolation("report-indicator-missing", "indicators[" + i + "].measured",
						this.indicators.get(i).name()));
			}
		}
		if (this.results == null) {
			problems.add(new RuleViolation("report-results-missing", "results"));
		}
		if (this.reportKind == ReportKind.FINAL_REPORT && this.continues == null) {
			problems.add(new RuleViolation("report-continuation-missing", "continues"));
		}
		if (this.reportKind == ReportKind.FINAL_REPORT && this.publicSummary == null) {
			problems.add(new RuleViolation("report-public-summary-missing", "publicSummary"));
		}
		return problems;
	}

	/**
	 * Approves the report handed in; an approved report never changes again. Accounts the
	 * pool wants audited are approved only with the auditor's sign-off.
	 */
	void approve(String by, OffsetDateTime at, boolean auditRequired) {
		requireHandedIn();
		if (auditRequired && this.auditSignedAt == null) {
			throw new RuleViolation("report-audit-missing", "auditor");
		}
		decide(ReportStatus.APPROVED, ReportDecision.APPROVED, by, at, null);
	}

	/**
	 * Returns the report handed in to its organisation, with the reasons it is to be
	 * revised for.
	 */
	void returnToOrganisation(@Nullable String reason, String by, OffsetDateTime at) {
		requireHandedIn();
		String why = text(reason);
		if (why == null) {
			throw new RuleViolation("report-return-reason-missing", "reason");
		}
		decide(ReportStatus.RETURNED, ReportDecision.RETURNED, by, at, why);
		this.returnReason = why;
	}

	/** The most files a report carries. */
	static final int MOST_ATTACHMENTS = 20;

	/**
	 * Attaches a file, while the report may be changed; a file of the same name is
	 * refused.
	 */
	void attach(ReportAttachment attachment) {
		requireEditable();
		if (this.attachments.size() >= MOST_ATTACHMENTS) {
			throw new RuleViolation("report-attachments-full", "file", MOST_ATTACHMENTS);
		}
		if (this.attachments.stream().anyMatch(a -> a.fileName().equalsIgnoreCase(attachment.fileName()))) {
			throw new RuleViolation("attachment-twice", "file", attachment.fileName());
		}
		this.attachments.add(attachment);
	}

	/** Takes a file off the report, while it may be changed. */
	ReportAttachment removeAttachment(String fileKey) {
		requireEditable();
		ReportAttachment attachment = attachment(fileKey);
		this.attachments.remove(attachment);
		return attachment;
	}

	/**
	 * A file the report carries now or carried in a version handed in.
	 * @throws RecordNotFound when it never did
	 */
	ReportAttachment attachment(String fileKey) {
		return this.attachments.stream()
			.filter(a -> a.fileKey().equals(fileKey))
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("attachment", fileKey));
	}

	/**
	 * Invites an auditor, by e-mail address, to this report's accounts; an auditor
	 * invited before is no longer, and any sign-off goes with them.
	 */
	void inviteAuditor(String email, String by, OffsetDateTime at) {
		requireEditable();
		this.auditorEmail = email.strip().toLowerCase(Locale.ROOT);
		this.auditorInvitedAt = at;
		this.auditorInvitedBy = by;
		this.auditStatementName = null;
		clearSignOff();
	}

	/**
	 * The auditor's signed statement is attached; a sign-off before it must be given
	 * again.
	 */
	void attachStatement(String fileName) {
		requireEditable();
		this.auditStatementName = fileName;
		clearSignOff();
	}

	/**
	 * The auditor signs off the accounts as they stand, with the statement attached:
	 * name, firm and the standard audited against.
	 */
	void signOff(String name, String firm, String standard, String by, OffsetDateTime at) {
		requireEditable();
		if (this.auditStatementName == null) {
			throw new RuleViolation("audit-statement-missing", "statement");
		}
		this.auditorName = name.strip();
		this.auditorFirm = firm.strip();
		this.auditStandard = standard.strip();
		this.auditSignedAt = at;
		this.auditSignedBy = by;
	}

	private void clearSignOff() {
		this.auditorName = null;
		this.auditorFirm = null;
		this.auditStandard = null;
		this.auditSignedAt = null;
		this.auditSignedBy = null;
	}

	/**
	 * Whether the person with this e-mail address is the auditor invited to the report.
	 */
	boolean isAuditor(@Nullable String email) {
		return email != null && email.equalsIgnoreCase(this.auditorEmail);
	}

	AuditView audit() {
		return new AuditView(this.auditorEmail, DanishTime.shown(this.auditorInvitedAt), this.auditorInvitedBy,
				this.auditStatementName, this.auditorName, this.auditorFirm, this.auditStandard,
				DanishTime.shown(this.auditSignedAt), this.auditSignedBy);
	}

	private void decide(ReportStatus newStatus, ReportDecision decision, String by, OffsetDateTime at,
			@Nullable String reason) {
		this.status = newStatus;
		this.decidedAt = at;
		this.decidedBy = by;
		int last = this.versions.size() - 1;
		this.versions.set(last, this.versions.get(last).decided(decision, at, by, reason));
	}

	private void requireEditable() {
		if (!this.status.editable()) {
			throw new RuleViolation("report-not-editable", "status", this.status);
		}
	}

	private void requireHandedIn() {
		if (this.status != ReportStatus.HANDED_IN) {
			throw new RuleViolation("report-not-handed-in", "status", this.status);
		}
	}

	private static @Nullable String text(@Nullable String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	/** What the report says, as a version handed in keeps it. */
	ReportContent content() {
		return new ReportContent(List.copyOf(this.goals), this.results, this.continues, this.continuation,
				List.copyOf(this.spending), this.publicSummary, List.copyOf(this.attachments),
				List.copyOf(this.indicators));
	}

	/** What was spent in all, by the budget's lines. */
	Amount spentTotal() {
		return this.spending.stream().map(ReportSpending::spent).reduce(Amount.ZERO, Amount::plus);
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	Long grantedProjectId() {
		return this.grantedProjectId;
	}

	int obligationNo() {
		return this.obligationNo;
	}

	ReportKind reportKind() {
		return this.reportKind;
	}

	ReportStatus status() {
		return this.status;
	}

	@Nullable OffsetDateTime handedInAt() {
		return this.handedInAt;
	}

	@Nullable OffsetDateTime decidedAt() {
		return this.decidedAt;
	}

	@Nullable String decidedBy() {
		return this.decidedBy;
	}

	@Nullable String returnReason() {
		return this.returnReason;
	}

	List<ReportSpending> spending() {
		return List.copyOf(this.spending);
	}

	List<ReportAttachment> attachments() {
		return List.copyOf(this.attachments);
	}

	List<ReportVersion> versions() {
		return List.copyOf(this.versions);
	}

	boolean demo() {
		return this.demo;
	}

}
