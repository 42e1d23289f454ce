package dk.pulje.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.audit.Recorded;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;

/**
 * Imports the grants of a 360Giving file, JSON or CSV, so that an authority that moves to
 * Pulje brings its grant history along. The file is kept on disk and read a grant at a
 * time, never whole; the import runs on after the page that started it is closed, and its
 * page shows how far it has come. Each grant is checked before anything is written: a bad
 * row is reported with its row, field and reason, and nothing of it is written; the good
 * rows are imported, a batch at a time, each batch in one transaction. Importing the same
 * file again changes nothing, and a grant the file has changed is updated, never added
 * twice. The history records who imported which file, when, and what it made.
 */
@Service
public class GrantImports {

	private static final Logger log = LoggerFactory.getLogger(GrantImports.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate transactions;

	private final GivingReader reader;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "grant-import");
		thread.setDaemon(true);
		return thread;
	});

	GrantImports(NamedParameterJdbcTemplate named, PlatformTransactionManager transactions, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = JdbcClient.create(named);
		this.named = named;
		this.transactions = new TransactionTemplate(transactions);
		this.reader = new GivingReader(json);
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

	/**
	 * Keeps the file and starts importing it; the import goes on by itself.
	 * @param fileName the file's name, which says whether it is JSON or CSV
	 */
	public GrantImportView start(@Nullable String fileName, InputStream content, String by) {
		String name = fileName == null || fileName.isBlank() ? "360giving.json"
				: Path.of(fileName).getFileName().toString();
		String format = format(name);
		Path file;
		String sha256;
		try {
			file = Files.createTempFile("pulje-import-", "." + format.toLowerCase(Locale.ROOT));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (DigestInputStream in = new DigestInputStream(content, digest)) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			sha256 = HexFormat.of().formatHex(digest.digest());
			if (Files.size(file) == 0) {
				Files.deleteIfExists(file);
				throw new RuleViolation("import-file-empty", "file", name);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		Long started = this.transactions.execute(status -> {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into grant_import (file_name, file_format, sha256, imported_by, started_at, heartbeat_at,
					                          status)
					values (:name, :format, :sha, :by, :now, :now, 'RUNNING')""")
				.param("name", name.length() > 300 ? name.substring(0, 300) : name)
				.param("format", format)
				.param("sha", sha256)
				.param("by", by)
				.param("now", now())
				.update(keys, "id");
			long created = Objects.requireNonNull(keys.getKey(), "no key").longValue();
			this.events.publishEvent(new Recorded("grant_import", String.valueOf(created), "started",
					"{\"file\":" + quoted(name) + ",\"sha256\":\"" + sha256 + "\"}"));
			return created;
		});
		long id = Objects.requireNonNull(started);
		this.runner.execute(new DelegatingSecurityContextRunnable(() -> run(id, file, format)));
		return importOf(id);
	}

	/** JSON or CSV, by the file's name. */
	private static String format(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".json")) {
			return "JSON";
		}
		if (lower.endsWith(".csv")) {
			return "CSV";
		}
		throw new RuleViolation("import-file-kind", "file", name);
	}

	/** Counts of an import as it goes. */
	private static final class Progress {

		int read;

		int created;

		int updated;

		int unchanged;

		int refused;

	}

	private void run(long id, Path file, String format) {
		String by = this.jdbc.sql("select imported_by from grant_import where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		GrantWriter writer = new GrantWriter(this.named, id, by, now());
		Progress progress = new Progress();
		List<GivingRow> batch = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			if ("JSON".equals(format)) {
				this.reader.json(in, row -> add(id, row, batch, writer, progress));
			}
			else {
				this.reader.csv(in, row -> add(id, row, batch, writer, progress));
			}
			write(id, batch, writer, progress);
			this.transactions.executeWithoutResult(status -> {
				writer.settleCalls();
				finish(id, progress, "DONE", null);
			});
		}
		catch (GivingReader.Unreadable | JacksonException ex) {
			finished(id, progress, "The file could not be read as a 360Giving file: " + ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The import {} of grants stopped", id, ex);
			finished(id, progress, ex.getMessage());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("The imported file {} could not be deleted: {}", file, ex.getMessage());
			}
		}
	}

	private void finished(long id, Progress progress, @Nullable String failure) {
		this.transactions.executeWithoutResult(status -> finish(id, progress, "FAILED", failure));
	}

	private void add(long id, GivingRow row, List<GivingRow> batch, GrantWriter writer, Progress progress) {
		batch.add(row);
		if (batch.size() >= BATCH) {
			write(id, batch, writer, progress);
		}
	}

	/**
	 * Checks and writes a batch of rows in one transaction, and saves how far the import
	 * has come.
	 */
	private void write(long id, List<GivingRow> batch, GrantWriter writer, Progress progress) {
		this.transactions.executeWithoutResult(status -> {
			List<ImportedGrant> grants = new ArrayList<>(batch.size());
			for (GivingRow row : batch) {
				progress.read++;
				ImportedGrant.Checked checked = ImportedGrant.check(row);
				if (checked.grant() == null) {
					progress.refused++;
					refuse(id, row, checked.problems());
				}
				else {
					grants.add(checked.grant());
				}
			}
			for (GrantWriter.Outcome outcome : writer.write(grants)) {
				switch (outcome) {
					case CREATED -> progress.created++;
					case UPDATED -> progress.updated++;
					case UNCHANGED -> progress.unchanged++;
				}
			}
			save(id, progress);
		});
		batch.clear();
	}

	private void refuse(long id, GivingRow row, List<ImportedGrant.Problem> problems) {
		for (ImportedGrant.Problem problem : problems) {
			this.jdbc
				.sql("""
						insert into grant_import_problem (import_id, line_no, row_no, grant_id, field, rule, val)
						values (:import, (select count(*) from grant_import_problem where import_id = :import), :row, :grant,
						        :field, :rule, :value)""")
				.param("import", id)
				.param("row", row.rowNo())
				.param("grant", row.id() == null ? null : cut(row.id(), 300))
				.param("field", cut(problem.field(), 200))
				.param("rule", problem.rule())
				.param("value", problem.value() == null ? null : cut(problem.value(), 300))
				.update();
		}
	}

	private void save(long id, Progress progress) {
		this.jdbc.sql("""
				update grant_import set rows_read = :read, rows_created = :created, rows_updated = :updated,
				       rows_unchanged = :unchanged, rows_refused = :refused, heartbeat_at = :now
				where id = :id""")
			.params(Map.of("read", progress.read, "created", progress.created, "updated", progress.updated, "unchanged",
					progress.unchanged, "refused", progress.refused, "now", now(), "id", id))
			.update();
	}

	private void finish(long id, Progress progress, String status, @Nullable String failure) {
		save(id, progress);
		this.jdbc.sql("update grant_import set status = :status, finished_at = :now, failure = :failure where id = :id")
			.param("status", status)
			.param("now", now())
			.param("failure", failure == null ? null : cut(failure, 1000))
			.param("id", id)
			.update();
		this.events.publishEvent(
				new Recorded("grant_import", String.valueOf(id), "DONE".equals(status) ? "finished" : "failed",
						"{\"read\":" + progress.read + ",\"created\":" + progress.created + ",\"updated\":"
								+ progress.updated + ",\"unchanged\":" + progress.unchanged + ",\"refused\":"
								+ progress.refused + "}"));
	}

	public GrantImportView importOf(long id) {
		return this.jdbc.sql("select * from grant_import where id = :id")
			.param("id", id)
			.query(GrantImports::view)
			.optional()
			.orElseThrow(() -> new RecordNotFound("grant-import", id));
	}

	/**
	 * How long an import may go without writing a batch before it is taken to have been
	 * cut off.
	 */
	static final Duration SILENCE = Duration.ofMinutes(5);

	/**
	 * Marks as stopped the imports a restart cut off: still running, but silent for
	 * longer than any batch takes. Importing the file again finishes the work; what was
	 * imported is then unchanged.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void markCutOff() {
		this.jdbc.sql("""
				update grant_import set status = 'FAILED', finished_at = :now, failure = :why
				where status = 'RUNNING' and heartbeat_at < :silentSince""")
			.param("now", now())
			.param("why",
					"Pulje stopped while the file was being imported. Import it again: what was imported stays "
							+ "as it is, and the rest is added.")
			.param("silentSince", now().minus(SILENCE))
			.update();
	}

	/** The imports, newest first. */
	public List<GrantImportView> imports() {
		markCutOff();
		return this.jdbc.sql("select * from grant_import order by id desc fetch first 100 rows only")
			.query(GrantImports::view)
			.list();
	}

	private static GrantImportView view(ResultSet rs, int row) throws SQLException {
		return new GrantImportView(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_format"),
				rs.getString("sha256"), rs.getString("imported_by"),
				DanishTime.shown(rs.getObject("started_at", OffsetDateTime.class)),
				DanishTime.shown(rs.getObject("finished_at", OffsetDateTime.class)), rs.getString("status"),
				rs.getInt("rows_read"), rs.getInt("rows_created"), rs.getInt("rows_updated"),
				rs.getInt("rows_unchanged"), rs.getInt("rows_refused"), rs.getString("failure"));
	}

	/**
	 * A row of a file that was refused: its number, its grant, the field, the rule and
	 * the value.
	 */
	public record Problem(int row, @Nullable String grantId, String field, String rule, @Nullable String value) {
	}

	public List<Problem> problems(long id) {
		importOf(id);
		return this.jdbc.sql("""
				select row_no, grant_id, field, rule, val from grant_import_problem
				where import_id = :id order by line_no""")
			.param("id", id)
			.query((rs, n) -> new Problem(rs.getInt("row_no"), rs.getString("grant_id"), rs.getString("field"),
					rs.getString("rule"), rs.getString("val")))
			.list();
	}

	private OffsetDateTime now() {
		return DanishTime.of(this.clock.instant());
	}

	private static String cut(String text, int most) {
		return text.length() <= most ? text : text.substring(0, most);
	}

	private String quoted(String text) {
		return this.json.writeValueAsString(text);
	}

}
