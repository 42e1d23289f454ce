package dk.pulje.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.organisations.OrganisationView;
import dk.pulje.pools.ApplicationForm;
import dk.pulje.pools.PoolView;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;

/**
 * An application to a call. It holds the rules an application can check by itself: what a
 * submission must satisfy of its pool (who may apply, and how; the content area; the
 * project period), who may withdraw it and when, and that a grant never gives more than
 * was asked.
 */
@Table("application")
class Application {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private Long callId;

	private Long poolId;

	private Long leadOrganisationId;

	@MappedCollection(idColumn = "application_id", keyColumn = "line_no")
	private List<Partner> partners = new ArrayList<>();

	private @Nullable String contentAreaCode;

	private String title;

	private @Nullable String summary;

	private @Nullable String goals;

	@MappedCollection(idColumn = "application_id", keyColumn = "line_no")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	private ApplicationStatus status;

	private OffsetDateTime submittedAt;

	/**
	 * Who registered when an application that arrived by other means was received; null
	 * when it was submitted here.
	 */
	private @Nullable String receiptRegisteredBy;

	private OffsetDateTime withdrawnAt;

	private DecisionOutcome decisionOutcome;

	private @Nullable String decisionReason;

	private OffsetDateTime decidedAt;

	/**
	 * Who registered the decision, and when: for a decision made earlier, not its day.
	 */
	private @Nullable String decisionRegisteredBy;

	private @Nullable OffsetDateTime decisionRegisteredAt;

	@MappedCollection(idColumn = "application_id", keyColumn = "line_no")
	private List<GrantedYear> grantedYears = new ArrayList<>();

	@MappedCollection(idColumn = "application_id")
	private Set<CoAuthor> coAuthors = new LinkedHashSet<>();

	@MappedCollection(idColumn = "application_id", keyColumn = "line_no")
	private List<Attachment> attachments = new ArrayList<>();

	/**
	 * What the budget asks for and the decision grants, kept beside the lines so that
	 * lists sort by them.
	 */
	private Amount requestedTotal = Amount.ZERO;

	private Amount grantedTotal = Amount.ZERO;

	private final boolean demo;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Application(@Nullable Long id, @Nullable Long version, boolean demo) {
		this.id = id;
		this.version = version;
		this.demo = demo;
	}

	static Application draft(ApplicationRequest request, long poolId, boolean demo) {
		Application application = new Application(null, null, demo);
		application.status = ApplicationStatus.DRAFT;
		application.write(request, poolId);
		return application;
	}

	void revise(ApplicationRequest request, long newPoolId) {
		requireStatus(ApplicationStatus.DRAFT, "application-not-draft");
		write(request, newPoolId);
	}

	private void write(ApplicationRequest request, long newPoolId) {
		List<Long> partnerIds = request.partnerOrganisationIds() == null ? List.of() : request.partnerOrganisationIds();
		Set<Long> seen = new HashSet<>(Set.of(request.leadOrganisationId()));
		for (int i = 0; i < partnerIds.size(); i++) {
			if (!seen.add(partnerIds.get(i))) {
				throw new RuleViolation("partner-twice", "partnerOrganisationIds[" + i + "]", partnerIds.get(i));
			}
		}
		List<ApplicationRequest.BudgetLineRequest> lines = request.budgetLines() == null ? List.of()
				: request.budgetLines();
		for (int i = 0; i < lines.size(); i++) {
			// A draft may still ask for nothing on a line; asking for less than nothing
			// is never meant.
			if (lines.get(i).amount().isNegative()) {
				throw new RuleViolation("amount-not-positive", "budgetLines[" + i + "].amount", lines.get(i).amount());
			}
		}
		this.callId = request.callId();
		this.poolId = newPoolId;
		this.leadOrganisationId = request.leadOrganisationId();
		this.partners = new ArrayList<>(partnerIds.stream().map(Partner::new).toList());
		this.contentAreaCode = request.contentAreaCode();
		this.title = request.title().trim();
		this.summary = request.summary();
		this.goals = request.goals();
		this.budgetLines = new ArrayList<>(request.budgetLines() == null ? List.of()
				: request.budgetLines()
					.stream()
					.map(l -> new BudgetLine(l.year(), l.description().trim(), l.amount()))
					.toList());
		this.requestedTotal = requested().total();
	}

	/**
	 * Submits the application to its pool's rules. The call's window is checked by the
	 * pools feature before this.
	 * @param organisations the lead organisation first, then the partners, in order
	 */
	void submit(PoolView pool, List<OrganisationView> organisations, OffsetDateTime at) {
		submit(pool, organisations, at, null);
	}

	/**
	 * Submits an application that arrived by other means, received at the time staff
	 * registered.
	 */
	void submit(PoolView pool, List<OrganisationView> organisations, OffsetDateTime at,
			@Nullable String receiptRegisteredBy) {
		requireStatus(ApplicationStatus.DRAFT, "application-not-draft");
		List<RuleViolation> problems = problems(pool, organisations);
		if (!problems.isEmpty()) {
			throw RuleViolation.all(problems);
		}
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = at;
		this.receiptRegisteredBy = receiptRegisteredBy;
	}

	/**
	 * Everything that stands in the way of submitting to the pool's rules, each with its
	 * field, so that the applicant sees all of it at once.
	 */
	List<RuleViolation> problems(PoolView pool, List<OrganisationView> organisations) {
		return problems(pool, organisations, this.contentAreaCode, this.budgetLines);
	}

	/**
	 * The same, from what the rules look at in an application: its organisations (the
	 * lead first), its content area and its budget.
	 */
	static List<RuleViolation> problems(PoolView pool, List<OrganisationView> organisations,
			@Nullable String contentAreaCode, List<BudgetLine> budgetLines) {
		List<RuleViolation> problems = new ArrayList<>();
		checkEligibility(pool, organisations, problems);
		checkApplicationForm(pool.applicationForm(), organisations, problems);
		// Content areas are the pool's to name: a pool without them takes applications
		// that name none.
		boolean poolHasAreas = !pool.contentAreas().isEmpty();
		if (poolHasAreas && contentAreaCode == null) {
			problems.add(new RuleViolation("content-area-missing", "contentAreaCode", pool.name()));
		}
		else if (contentAreaCode != null && !pool.hasContentArea(contentAreaCode)) {
			problems
				.add(new RuleViolation("content-area-not-in-pool", "contentAreaCode", contentAreaCode, pool.name()));
		}
		checkBudget(pool, budgetLines, problems);
		return problems;
	}

	private static void checkEligibility(PoolView pool, List<OrganisationView> organisations,
			List<RuleViolation> problems) {
		for (int i = 0; i < organisations.size(); i++) {
			OrganisationView organisation = organisations.get(i);
			if (!pool.eligibleTypes().contains(organisation.type())) {
				String field = i == 0 ? "leadOrganisationId" : "partnerOrganisationIds[" + (i - 1) + "]";
				problems.add(new RuleViolation("organisation-not-eligible", field, organisation.name(),
						organisation.type(), pool.name()));
			}
		}
	}

	private static void checkApplicationForm(ApplicationForm form, List<OrganisationView> organisations,
			List<RuleViolation> problems) {
		if (form != ApplicationForm.ALONE_OR_JOINT && organisations.size() < 2) {
			problems.add(new RuleViolation("joint-application-required", "partnerOrganisationIds"));
			return;
		}
		Set<OrganisationType> types = new HashSet<>();
		organisations.forEach(o -> types.add(o.type()));
		if (form == ApplicationForm.JOINT_ACROSS_TYPES && types.size() < 2) {
			problems.add(new RuleViolation("joint-across-types-required", "partnerOrganisationIds"));
		}
	}

	private static void checkBudget(PoolView pool, List<BudgetLine> budgetLines, List<RuleViolation> problems) {
		if (budgetLines.isEmpty()) {
			problems.add(new RuleViolation("budget-empty", "budgetLines"));
		}
		for (int i = 0; i < budgetLines.size(); i++) {
			BudgetLine line = budgetLines.get(i);
			if (!line.amount().isPositive()) {
				problems.add(new RuleViolation("amount-not-positive", "budgetLines[" + i + "].amount", line.amount()));
			}
			if (pool.projectPeriod() != null && !pool.projectPeriod().covers(line.fiscalYear())) {
				problems.add(new RuleViolation("budget-year-outside-period", "budgetLines[" + i + "].year",
						line.fiscalYear(), pool.projectPeriod().start(), pool.projectPeriod().end()));
			}
		}
	}

	/** How many files a draft may carry. */
	static final int MAX_ATTACHMENTS = 20;

	/**
	 * Attaches a file to the draft; the same file (by its digest) is attached only once.
	 */
	void attach(Attachment attachment) {
		requireStatus(ApplicationStatus.DRAFT, "application-not-draft");
		if (this.attachments.size() >= MAX_ATTACHMENTS) {
			throw new RuleViolation("attachments-too-many", "file", MAX_ATTACHMENTS);
		}
		this.attachments.stream().filter(a -> a.sha256().equals(attachment.sha256())).findFirst().ifPresent(same -> {
			throw new RuleViolation("attachment-twice", "file", same.fileName());
		});
		this.attachments.add(attachment);
	}

	/**
	 * Takes a file off the draft. Once submitted, the files are part of what a decision
	 * rests on and stay.
	 */
	Attachment detach(String fileKey) {
		requireStatus(ApplicationStatus.DRAFT, "application-not-draft");
		Attachment attachment = attachment(fileKey);
		this.attachments.remove(attachment);
		return attachment;
	}

	Attachment attachment(String fileKey) {
		return this.attachments.stream()
			.filter(a -> a.fileKey().equals(fileKey))
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("attachment", fileKey));
	}

	List<Attachment> attachments() {
		return List.copyOf(this.attachments);
	}

	/**
	 * Invites someone by e-mail address to work on the draft with its applicants.
	 * @return whether the address is new to the application (an invitation is sent only
	 * then)
	 */
	boolean invite(String email, OffsetDateTime at) {
		requireStatus(ApplicationStatus.DRAFT, "application-not-draft");
		String address = email.trim().toLowerCase(Locale.ROOT);
		if (hasCoAuthor(address)) {
			return false;
		}
		return this.coAuthors.add(new CoAuthor(address, at));
	}

	boolean hasCoAuthor(@Nullable String email) {
		return email != null && this.coAuthors.stream().anyMatch(c -> c.email().equalsIgnoreCase(email));
	}

	List<String> coAuthorEmails() {
		return this.coAuthors.stream().map(CoAuthor::email).sorted().toList();
	}

	/**
	 * A draft or a submitted application can be withdrawn; a decided one cannot: the
	 * decision rests on it.
	 */
	void withdraw(OffsetDateTime at) {
		if (this.status != ApplicationStatus.DRAFT && this.status != ApplicationStatus.SUBMITTED) {
			throw new RuleViolation("application-not-withdrawable", "status", this.status.name());
		}
		this.status = ApplicationStatus.WITHDRAWN;
		this.withdrawnAt = at;
	}

	/**
	 * Decides the application.
	 * @return what the decision grants, by year (nothing for a rejection)
	 */
	YearlyAmounts decide(DecisionRequest decision, String by, OffsetDateTime now) {
		requireStatus(ApplicationStatus.SUBMITTED, "application-not-submitted");
		OffsetDateTime at = decisionTime(decision.decidedOn(), now);
		YearlyAmounts granted = grantOf(decision, at.atZoneSameInstant(DanishTime.ZONE).getYear());
		this.status = ApplicationStatus.DECIDED;
		this.decisionOutcome = decision.outcome();
		this.decisionReason = decision.reason();
		this.decidedAt = at;
		this.decisionRegisteredBy = by;
		this.decisionRegisteredAt = now;
		this.grantedYears = new ArrayList<>(granted.byYear()
			.entrySet()
			.stream()
			.map(e -> new GrantedYear(e.getKey(), e.getValue(), decision.conditional().contains(e.getKey())))
			.toList());
		this.grantedTotal = granted.total();
		return granted;
	}

	/**
	 * What a decision would grant, by year, checked as the decision itself is: a part
	 * never above what was asked in a year, a rejection with its reason, and a year
	 * conditional on its Finance Act only where it is granted and comes after the year of
	 * the decision.
	 * @param decidedInYear the year the decision is made
	 */
	YearlyAmounts grantOf(DecisionRequest decision, int decidedInYear) {
		YearlyAmounts granted = switch (decision.outcome()) {
			case GRANTED_IN_FULL -> requested();
			case GRANTED_IN_PART -> partialGrant(decision.grantedByYear());
			case REJECTED -> rejection(decision.reason());
		};
		for (int year : decision.conditional()) {
			String field = "conditionalYears." + year;
			if (year <= decidedInYear) {
				throw new RuleViolation("conditional-year-not-later", field, year, decidedInYear);
			}
			if (!granted.byYear().containsKey(year)) {
				throw new RuleViolation("conditional-year-not-granted", field, year);
			}
		}
		return granted;
	}

	/**
	 * When the decision was made: now, or at noon of the day given for one made earlier,
	 * which can be neither a day to come nor a day before the application was received.
	 */
	private OffsetDateTime decisionTime(@Nullable LocalDate decidedOn, OffsetDateTime now) {
		if (decidedOn == null) {
			return now;
		}
		if (decidedOn.isAfter(now.atZoneSameInstant(DanishTime.ZONE).toLocalDate())) {
			throw new RuleViolation("decision-date-in-future", "decidedOn", decidedOn);
		}
		if (this.submittedAt != null
				&& decidedOn.isBefore(this.submittedAt.atZoneSameInstant(DanishTime.ZONE).toLocalDate())) {
			throw new RuleViolation("decision-before-receipt", "decidedOn", decidedOn);
		}
		return DanishTime.at(decidedOn.atTime(12, 0));
	}

	private YearlyAmounts partialGrant(@Nullable YearlyAmounts grantedByYear) {
		if (grantedByYear == null || grantedByYear.isEmpty()) {
			throw new RuleViolation("granted-by-year-required", "grantedByYear");
		}
		YearlyAmounts asked = requested();
		for (Map.Entry<Integer, Amount> year : grantedByYear.byYear().entrySet()) {
			String field = "grantedByYear." + year.getKey();
			if (year.getValue().isNegative()) {
				throw new RuleViolation("amount-not-positive", field, year.getValue());
			}
			if (!asked.byYear().containsKey(year.getKey())) {
				throw new RuleViolation("grant-year-not-requested", field, year.getKey());
			}
			if (year.getValue().isGreaterThan(asked.in(year.getKey()))) {
				throw new RuleViolation("grant-above-request", field, year.getValue(), asked.in(year.getKey()),
						year.getKey());
			}
		}
		if (!grantedByYear.total().isPositive()) {
			throw new RuleViolation("amount-not-positive", "grantedByYear", grantedByYear.total());
		}
		return grantedByYear;
	}

	private static YearlyAmounts rejection(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("rejection-reason-required", "reason");
		}
		return YearlyAmounts.NONE;
	}

	private void requireStatus(ApplicationStatus required, String rule) {
		if (this.status != required) {
			throw new RuleViolation(rule, "status", this.status);
		}
	}

	/** What the application asks for, by year: the sum of its budget lines. */
	YearlyAmounts requested() {
		return YearlyAmounts.summing(this.budgetLines, BudgetLine::fiscalYear, BudgetLine::amount);
	}

	YearlyAmounts granted() {
		return YearlyAmounts.summing(this.grantedYears, GrantedYear::fiscalYear, GrantedYear::amount);
	}

	/** The granted years that wait for their Finance Act. */
	Set<Integer> conditionalYears() {
		return this.grantedYears.stream()
			.filter(GrantedYear::conditional)
			.map(GrantedYear::fiscalYear)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	List<Long> organisationIds() {
		List<Long> ids = new ArrayList<>();
		ids.add(this.leadOrganisationId);
		this.partners.forEach(p -> ids.add(p.organisationId()));
		return ids;
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	Long callId() {
		return this.callId;
	}

	Long poolId() {
		return this.poolId;
	}

	Long leadOrganisationId() {
		return this.leadOrganisationId;
	}

	@Nullable String contentAreaCode() {
		return this.contentAreaCode;
	}

	String title() {
		return this.title;
	}

	@Nullable String summary() {
		return this.summary;
	}

	@Nullable String goals() {
		return this.goals;
	}

	List<BudgetLine> budgetLines() {
		return List.copyOf(this.budgetLines);
	}

	ApplicationStatus status() {
		return this.status;
	}

	@Nullable String receiptRegisteredBy() {
		return this.receiptRegisteredBy;
	}

	OffsetDateTime submittedAt() {
		return this.submittedAt;
	}

	OffsetDateTime withdrawnAt() {
		return this.withdrawnAt;
	}

	DecisionOutcome decisionOutcome() {
		return this.decisionOutcome;
	}

	@Nullable String decisionReason() {
		return this.decisionReason;
	}

	@Nullable String decisionRegisteredBy() {
		return this.decisionRegisteredBy;
	}

	@Nullable OffsetDateTime decisionRegisteredAt() {
		return this.decisionRegisteredAt;
	}

	OffsetDateTime decidedAt() {
		return this.decidedAt;
	}

	boolean demo() {
		return this.demo;
	}

}
