package dk.pulje.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import dk.pulje.mail.MailServer;
import dk.pulje.accounts.OrganisationScope;
import dk.pulje.money.DanishTime;
import dk.pulje.pools.ReportKind;

/**
 * Reminds projects of the reports they owe, by e-mail: their organisation's applicants a
 * set number of days before the due date and on the day, and the project's caseworker
 * (every caseworker while nobody has taken the project) once a report is 14 days overdue.
 * Each reminder is recorded before it is sent, and the database lets only one node record
 * it, so it goes out once however many nodes remind at the same moment. One that could
 * not be sent is retried on the next run.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	/** The most days before a due date a pool may remind on. */
	private static final int MOST_DAYS_BEFORE = 365;

	/** How long a node that began sending a reminder has before another may try it. */
	private static final int CLAIM_MINUTES = 10;

	private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("d. MMMM yyyy",
			Locale.forLanguageTag("da"));

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final JdbcClient jdbc;

	private final MailServer mail;

	private final Clock clock;

	private final FollowUpCaseworkers caseworkers;

	private final OrganisationScope people;

	private final List<Integer> daysBefore;

	private final String from;

	private final String baseUrl;

	Reminders(JdbcClient jdbc, MailServer mail, Clock clock, FollowUpCaseworkers caseworkers, OrganisationScope people,
			@Value("${pulje.reminders.days-before:30,7}") List<Integer> daysBefore,
			@Value("${pulje.mail.from:pulje@localhost}") String from,
			@Value("${pulje.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
		this.caseworkers = caseworkers;
		this.people = people;
		this.daysBefore = daysBefore.stream().sorted((a, b) -> b - a).toList();
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** A reminder as the project's page lists it. */
	public record Reminder(int obligationNo, String kind, LocalDate dueDate, String recipients,
			OffsetDateTime createdAt, @Nullable OffsetDateTime sentAt, int attempts, @Nullable String lastError) {

		/**
		 * BEFORE, DUE or OVERDUE: when the reminder was sent, as its message words it.
		 */
		public String when() {
			int underscore = this.kind.indexOf('_');
			return underscore < 0 ? this.kind : this.kind.substring(0, underscore);
		}

		/** How many days before or after the due date it was sent. */
		public int days() {
			int underscore = this.kind.indexOf('_');
			return underscore < 0 ? 0 : Integer.parseInt(this.kind.substring(underscore + 1));
		}

	}

	/**
	 * An obligation a reminder may be due for, with the days its pool reminds on, if it
	 * chose.
	 */
	private record Due(long grantedProjectId, int obligationNo, ReportKind reportKind, LocalDate dueDate, String title,
			long organisationId, @Nullable String poolReminderDays) {
	}

	/**
	 * Records the reminders due today and sends every one not sent yet.
	 * @return how many were sent
	 */
	public int run() {
		LocalDate today = DanishTime.of(this.clock.instant()).toLocalDate();
		for (Due due : owed(today)) {
			ReminderKind.on(today, due.dueDate(), daysBefore(due)).ifPresent(kind -> record(due, kind));
		}
		return sendUnsent();
	}

	/**
	 * Records a reminder that was sent before Pulje kept the project, as the demo data's
	 * history does; it is never sent again.
	 */
	public void recordSent(long grantedProjectId, int obligationNo, String kind, LocalDate dueDate,
			OffsetDateTime sentAt, String recipients) {
		this.jdbc.sql("""
				insert into report_reminder
				  (granted_project_id, obligation_no, kind, due_date, recipients, created_at, sent_at, attempts)
				values (:project, :obligation, :kind, :due, :recipients, :sent, :sent, 1)""")
			.param("project", grantedProjectId)
			.param("obligation", obligationNo)
			.param("kind", kind)
			.param("due", dueDate)
			.param("recipients", recipients)
			.param("sent", sentAt)
			.update();
	}

	/** The reminders of a project, in the order they were recorded. */
	public List<Reminder> of(long grantedProjectId) {
		return this.jdbc.sql("""
				select obligation_no, kind, due_date, recipients, created_at, sent_at, attempts, last_error
				from report_reminder where granted_project_id = :project order by id""")
			.param("project", grantedProjectId)
			.query((rs, n) -> new Reminder(rs.getInt("obligation_no"), rs.getString("kind"),
					rs.getObject("due_date", LocalDate.class), rs.getString("recipients"),
					DanishTime.shown(rs.getObject("created_at", OffsetDateTime.class)),
					DanishTime.shown(rs.getObject("sent_at", OffsetDateTime.class)), rs.getInt("attempts"),
					rs.getString("last_error")))
			.list();
	}

	/**
	 * The days before a report is due that its pool chose, largest first, or the default.
	 */
	private List<Integer> daysBefore(Due due) {
		if (due.poolReminderDays() == null || due.poolReminderDays().isBlank()) {
			return this.daysBefore;
		}
		return Arrays.stream(due.poolReminderDays().split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.sorted((a, b) -> b - a)
			.toList();
	}

	/** The obligations with no report handed in that a reminder may be due for today. */
	private List<Due> owed(LocalDate today) {
		int ahead = MOST_DAYS_BEFORE;
		return this.jdbc.sql("""
				select o.granted_project_id, o.line_no + 1 as obligation_no, o.report_kind, o.due_date, g.title,
				       g.organisation_id, p.reminder_days
				from reporting_obligation o
				join granted_project g on g.id = o.granted_project_id
				join pool p on p.id = g.pool_id
				left join project_report r on r.granted_project_id = o.granted_project_id
				                          and r.obligation_no = o.line_no + 1
				where (r.status is null or r.status in ('DRAFT', 'RETURNED'))
				  and o.due_date between :earliest and :latest""")
			.param("earliest", today.minusDays(ReminderKind.OVERDUE_DAYS + ReminderKind.CATCH_UP_DAYS))
			.param("latest", today.plusDays(ahead))
			.query((rs, n) -> new Due(rs.getLong("granted_project_id"), rs.getInt("obligation_no"),
					ReportKind.valueOf(rs.getString("report_kind")), rs.getObject("due_date", LocalDate.class),
					rs.getString("title"), rs.getLong("organisation_id"), rs.getString("reminder_days")))
			.list();
	}

	/**
	 * Records a reminder with whom it goes to. A second node recording the same reminder
	 * meets the unique constraint and leaves it to the first.
	 */
	private void record(Due due, ReminderKind kind) {
		try {
			this.jdbc.sql("""
					insert into report_reminder
					  (granted_project_id, obligation_no, kind, due_date, recipients, created_at)
					values (:project, :obligation, :kind, :due, :recipients, :now)""")
				.param("project", due.grantedProjectId())
				.param("obligation", due.obligationNo())
				.param("kind", kind.code())
				.param("due", due.dueDate())
				.param("recipients", String.join(", ", recipients(due, kind)))
				.param("now", now())
				.update();
		}
		catch (DuplicateKeyException recordedAlready) {
			// this reminder was recorded before, here or on another node
		}
	}

	private List<String> recipients(Due due, ReminderKind kind) {
		if (kind.toCaseworkers()) {
			return this.caseworkers.emailsFor(due.grantedProjectId());
		}
		return this.people.applicantEmails(due.organisationId());
	}

	private int sendUnsent() {
		List<Long> unsent = this.jdbc.sql("select id from report_reminder where sent_at is null order by id")
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : unsent) {
			if (claim(id) && send(id)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Takes a reminder to send, unless another node has taken it within the last minutes
	 * or it was sent meanwhile.
	 */
	private boolean claim(long id) {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				update report_reminder set claimed_at = :now
				where id = :id and sent_at is null and (claimed_at is null or claimed_at < :stale)""")
			.param("now", now)
			.param("stale", now.minusMinutes(CLAIM_MINUTES))
			.param("id", id)
			.update() == 1;
	}

	private boolean send(long id) {
		Optional<Mail> mail = this.jdbc.sql("""
				select r.granted_project_id, r.kind, r.due_date, r.recipients, o.report_kind, g.title
				from report_reminder r
				join granted_project g on g.id = r.granted_project_id
				join reporting_obligation o on o.granted_project_id = r.granted_project_id
				                           and o.line_no + 1 = r.obligation_no
				where r.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Mail(rs.getLong("granted_project_id"), rs.getString("kind"),
					rs.getObject("due_date", LocalDate.class), rs.getString("recipients"),
					ReportKind.valueOf(rs.getString("report_kind")), rs.getString("title")))
			.optional();
		if (mail.isEmpty()) {
			return false;
		}
		String failure = deliver(mail.get());
		if (failure == null) {
			this.jdbc.sql("""
					update report_reminder set sent_at = :now, attempts = attempts + 1, last_error = null
					where id = :id""").param("now", now()).param("id", id).update();
			return true;
		}
		this.jdbc.sql("""
				update report_reminder set claimed_at = null, attempts = attempts + 1, last_error = :error
				where id = :id""")
			.param("error", failure.length() > 1000 ? failure.substring(0, 1000) : failure)
			.param("id", id)
			.update();
		return false;
	}

	/** A reminder to mail. */
	private record Mail(long grantedProjectId, String kind, LocalDate dueDate, String recipients, ReportKind reportKind,
			String title) {
	}

	/** Mails the reminder; the reason it could not, or null once it is sent. */
	private @Nullable String deliver(Mail reminder) {
		if (reminder.recipients().isBlank()) {
			log.info("Nobody with an e-mail address to remind of report {} of project {}", reminder.kind(),
					reminder.grantedProjectId());
			return null;
		}
		JavaMailSender sender = this.mail.ifConfigured();
		if (sender == null) {
			return "no mail server is configured (spring.mail.host)";
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(reminder.recipients().split(",\\s*"));
		boolean overdue = reminder.kind().startsWith("OVERDUE");
		String danishKind = reminder.reportKind() == ReportKind.FINAL_REPORT ? "slutrapporten" : "statusrapporten";
		String englishKind = reminder.reportKind() == ReportKind.FINAL_REPORT ? "final report" : "status report";
		String danishDue = DANISH.format(reminder.dueDate());
		String englishDue = ENGLISH.format(reminder.dueDate());
		if (overdue) {
			message.setSubject("Forsinket: %s for \"%s\" / Overdue: the %s for \"%s\"".formatted(danishKind,
					reminder.title(), englishKind, reminder.title()));
			message.setText("""
					%s for projektet "%s" skulle være afleveret senest %s og er ikke afleveret.
					Se opfølgningen: %s/casework/reports?state=OVERDUE

					The %s of the project "%s" was due %s and has not been handed in.
					See the follow-up: %s/casework/reports?state=OVERDUE
					""".formatted(capitalised(danishKind), reminder.title(), danishDue, this.baseUrl, englishKind,
					reminder.title(), englishDue, this.baseUrl));
		}
		else {
			message.setSubject("Påmindelse: %s for \"%s\" skal afleveres senest %s / Reminder: the %s is due %s"
				.formatted(danishKind, reminder.title(), danishDue, englishKind, englishDue));
			message.setText("""
					%s for projektet "%s" skal afleveres i Pulje senest %s.
					Skriv og aflever den her: %s/my/projects/%d

					The %s of the project "%s" is due in Pulje on %s.
					Write and hand it in here: %s/my/projects/%d
					""".formatted(capitalised(danishKind), reminder.title(), danishDue, this.baseUrl,
					reminder.grantedProjectId(), englishKind, reminder.title(), englishDue, this.baseUrl,
					reminder.grantedProjectId()));
		}
		try {
			sender.send(message);
			return null;
		}
		catch (MailException ex) {
			log.warn("A reminder of report {} of project {} could not be mailed; it is tried again on the next run: {}",
					reminder.kind(), reminder.grantedProjectId(), ex.getMessage());
			return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		}
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

}
