package dk.pulje.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.GrantedProjectSummary;
import dk.pulje.grants.GrantedProjectView;
import dk.pulje.grants.PaymentKind;
import dk.pulje.grants.PaymentRequest;
import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.paging.Paging;
import dk.pulje.pools.PoolRequest;
import dk.pulje.reports.AuditSignOff;
import dk.pulje.reports.GoalOutcome;
import dk.pulje.reports.Reminders;
import dk.pulje.reports.ReportManagement;
import dk.pulje.reports.ReportRequest;
import dk.pulje.reports.ReportView;

/**
 * What came after seed 001's grants, invented, for the follow-up to have something to
 * show: every project paid its grant year by year; Aarhus, København and Aalborg hand in
 * final reports whose accounts spent everything, and they are approved; Odense spent 1,2
 * mio. kr. less in 2020, which is claimed back and repaid; Horsens has not handed in its
 * report, due 31 March 2021, was reminded of it, and is not paid its 2020 rate until it
 * does.
 */
@Component
class SeedOneFollowThrough {

	/** The demo auditor, who signs the approved final accounts. */
	static final String AUDITOR = "revisor";

	static final String AUDITOR_EMAIL = "revisor@revision.example";

	/**
	 * A statement that says in its first bytes that it is a PDF, and in its text that it
	 * is invented.
	 */
	private static final byte[] STATEMENT = "%PDF-1.4\n% Opfundet revisorerklaering til demodata\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final GrantManagement grants;

	private final ReportManagement reports;

	private final Reminders reminders;

	SeedOneFollowThrough(GrantManagement grants, ReportManagement reports, Reminders reminders) {
		this.grants = grants;
		this.reports = reports;
		this.reminders = reminders;
	}

	void record(long firstCallId, long repostCallId) {
		List<GrantedProjectSummary> projects = new ArrayList<>(projectsOf(firstCallId));
		projects.addAll(projectsOf(repostCallId));
		for (GrantedProjectSummary project : projects) {
			boolean overdue = project.title().contains("Horsens");
			payTheYearsAfterTheFirst(this.grants.project(project.id()), overdue ? 2019 : 2020);
			if (overdue) {
				remindedButNotHandedIn(this.grants.project(project.id()));
			}
			else if (project.title().contains("Odense")) {
				approve(project.id(), Map.of(2020, Amount.ofMillions("1.2")));
				repayTheClaim(project.id());
			}
			else {
				approve(project.id(), Map.of());
			}
		}
	}

	private List<GrantedProjectSummary> projectsOf(long callId) {
		return this.grants
			.projects(new GrantManagement.Filter(null, callId, null, null),
					Paging.of(0, Paging.MAX_SIZE, "id", GrantManagement.SORTS, "id"))
			.items();
	}

	private void payTheYearsAfterTheFirst(GrantedProjectView project, int lastYearPaid) {
		project.grantedByYear().byYear().forEach((year, amount) -> {
			if (year > 2018 && year <= lastYearPaid) {
				this.grants.pay(project.id(), null, new PaymentRequest(PaymentKind.PAYMENT, LocalDate.of(year, 2, 14),
						year, amount, "DEMO-" + project.id() + "-" + year));
			}
		});
	}

	/**
	 * What the demo's seed 001 pool asks its projects to measure (invented: the pool
	 * itself asks only for "data from the monitoring").
	 */
	static final List<PoolRequest.IndicatorRequest> INDICATORS = List.of(
			new PoolRequest.IndicatorRequest("Ældre medicinske patienter i forløb", "borgere"),
			new PoolRequest.IndicatorRequest("Færre indlæggelser end året før projektet", "procent"));

	/**
	 * A final report handed in and approved, whose accounts spent what was granted each
	 * year but the amounts left unspent.
	 */
	private void approve(long projectId, Map<Integer, Amount> unspent) {
		GrantedProjectView project = this.grants.project(projectId);
		ReportView report = this.reports.start(projectId, 1);
		List<ReportRequest.SpendingRequest> spending = new ArrayList<>();
		for (int line = 0; line < report.content().spending().size(); line++) {
			int year = report.content().spending().get(line).fiscalYear();
			Amount spent = project.grantedByYear().in(year).minus(unspent.getOrDefault(year, Amount.ZERO));
			spending.add(new ReportRequest.SpendingRequest(line + 1, spent));
		}
		boolean allSpent = unspent.isEmpty();
		ReportRequest request = new ReportRequest(List.of(new ReportRequest.GoalRequest(1,
				allSpent ? GoalOutcome.REACHED : GoalOutcome.PARTLY_REACHED,
				allSpent ? "Opfundet: færre indlæggelser af ældre medicinske patienter i alle tre år."
						: "Opfundet: færre indlæggelser i 2018 og 2019; i 2020 blev indsatsen mindre end planlagt.")),
				"Opfundet demoresultat: indsatsen er afprøvet og beskrevet, og kommunen har data fra monitoreringen.",
				true, "Opfundet: indsatsen fortsætter i kommunens drift.", spending,
				"Opfundet demoresumé: kommunen har afprøvet en indsats for ældre medicinske patienter, og den fortsætter i drift.",
				List.of(new ReportRequest.IndicatorRequest(1, BigDecimal.valueOf(300 + projectId % 7 * 40),
						"Opfundet demotal."),
						new ReportRequest.IndicatorRequest(2, BigDecimal.valueOf(20 + projectId % 5 * 3),
								"Opfundet demotal; opgjort som i ansøgningen.")));
		ReportView written = this.reports.revise(report.id(), report.version(), request);
		ReportView invited = this.reports.inviteAuditor(written.id(), written.version(), AUDITOR_EMAIL);
		ReportView signed = asTheAuditor(() -> {
			this.reports.attachStatement(invited.id(), "revisorerklaering-demo.pdf", STATEMENT);
			ReportView attached = this.reports.report(invited.id());
			return this.reports.signOff(attached.id(), attached.version(),
					new AuditSignOff("Revisor Demo", "Revisionsfirmaet Eksempel (demo)", "ISA 805"));
		});
		ReportView handedIn = this.reports.handIn(signed.id(), signed.version());
		this.reports.approve(handedIn.id(), handedIn.version());
	}

	/** Does what the demo auditor does, signed in as that auditor. */
	private static ReportView asTheAuditor(Supplier<ReportView> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext auditor = SecurityContextHolder.createEmptyContext();
		auditor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(AUDITOR, null,
				List.of(new SimpleGrantedAuthority("ROLE_APPLICANT"))));
		SecurityContextHolder.setContext(auditor);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	private void repayTheClaim(long projectId) {
		GrantedProjectView project = this.grants.project(projectId);
		project.repaymentClaims()
			.forEach(claim -> this.grants.pay(projectId, null, new PaymentRequest(PaymentKind.REPAYMENT,
					claim.claimedOn(), claim.fiscalYear(), claim.amount(), "DEMO-TILBAGEBETALING-" + projectId)));
	}

	private void remindedButNotHandedIn(GrantedProjectView project) {
		LocalDate due = project.obligations().get(0).dueDate();
		String recipients = "projektleder@horsens.example";
		this.reminders.recordSent(project.id(), 1, "BEFORE_30", due, sentOn(due.minusDays(30)), recipients);
		this.reminders.recordSent(project.id(), 1, "BEFORE_7", due, sentOn(due.minusDays(7)), recipients);
		this.reminders.recordSent(project.id(), 1, "DUE", due, sentOn(due), recipients);
		this.reminders.recordSent(project.id(), 1, "OVERDUE_14", due, sentOn(due.plusDays(14)),
				"sagsbehandler@sundhedsstyrelsen.example");
	}

	private static OffsetDateTime sentOn(LocalDate day) {
		return DanishTime.at(LocalDateTime.of(day, LocalTime.of(7, 0)));
	}

}
