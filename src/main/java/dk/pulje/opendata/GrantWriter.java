package dk.pulje.opendata;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import dk.pulje.money.DanishTime;

/**
 * Writes the grants of one import: each becomes a decided application and a granted
 * project of an imported call of a pool made from the file's grant programme, in a
 * programme named for its funder; its recipient is found by CVR number, by the identifier
 * an earlier import kept, or by its municipality or region code and name, and is made
 * when none is found. A grant the file had before is matched by its identifier and
 * updated, or left alone when nothing changed. It writes with plain SQL, and adds the new
 * grants of a batch together, a statement per table, so that a long file is written as
 * fast as the database takes rows; what it has found it keeps for the rest of the import.
 */
final class GrantWriter {

	/** What became of a grant: made, changed, or as it was. */
	enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final long importId;

	private final String by;

	private final OffsetDateTime now;

	private final Map<String, Long> organisations = new HashMap<>();

	private final Map<String, Long> programmes = new HashMap<>();

	private final Map<String, Long> pools = new HashMap<>();

	private final Map<Long, Long> calls = new HashMap<>();

	GrantWriter(NamedParameterJdbcTemplate named, long importId, String by, OffsetDateTime now) {
		this.jdbc = JdbcClient.create(named);
		this.named = named;
		this.importId = importId;
		this.by = by;
		this.now = now;
	}

	/** A project as it stands, to compare with the file. */
	private record Stored(long id, long applicationId, String title, long total, LocalDate awarded, LocalDate start,
			LocalDate end, long organisation, long pool, @Nullable String dataSource, @Nullable OffsetDateTime modified,
			boolean demo) {
	}

	/** A grant with the organisation, pool and call it goes to. */
	private record Placed(ImportedGrant grant, long organisation, long pool, long call) {
	}

	/**
	 * Writes a batch of grants: those the database has not seen are added together, a
	 * statement per table for the whole batch, and the rest are updated one by one or
	 * left as they are.
	 * @return what became of each grant, in the batch's order
	 */
	List<Outcome> write(List<ImportedGrant> grants) {
		Map<String, Stored> stored = stored(grants.stream().map(ImportedGrant::sourceId).toList());
		List<Placed> adding = new ArrayList<>();
		Set<String> added = new HashSet<>();
		List<Outcome> outcomes = new ArrayList<>(grants.size());
		for (ImportedGrant grant : grants) {
			Placed placed = placed(grant);
			if (added.contains(grant.sourceId())) {
				// The file has the grant twice: the second is compared with the first, as
				// it
				// would be in a later batch.
				create(adding);
				adding.clear();
				added.clear();
				stored.putAll(stored(List.of(grant.sourceId())));
			}
			Stored before = stored.get(grant.sourceId());
			if (before == null) {
				adding.add(placed);
				added.add(grant.sourceId());
				outcomes.add(Outcome.CREATED);
			}
			else if (same(before, placed)) {
				outcomes.add(Outcome.UNCHANGED);
			}
			else {
				update(before, placed);
				stored.putAll(stored(List.of(grant.sourceId())));
				outcomes.add(Outcome.UPDATED);
			}
		}
		create(adding);
		return outcomes;
	}

	private Placed placed(ImportedGrant grant) {
		long pool = pool(grant);
		return new Placed(grant, organisation(grant), pool, call(pool, grant.awardDate()));
	}

	private static boolean same(Stored stored, Placed placed) {
		ImportedGrant grant = placed.grant();
		return stored.title().equals(grant.title()) && stored.total() == grant.amount().ore()
				&& stored.awarded().equals(grant.awardDate()) && stored.start().equals(grant.start())
				&& stored.end().equals(grant.end()) && stored.organisation() == placed.organisation()
				&& stored.pool() == placed.pool() && Objects.equals(stored.dataSource(), grant.dataSource())
				&& Objects.equals(stored.modified() == null ? null : stored.modified().toInstant(),
						grant.modified() == null ? null : grant.modified().toInstant())
				&& stored.demo() == grant.demo();
	}

	/** The projects earlier imports made of these grants, by the grants' identifiers. */
	private Map<String, Stored> stored(List<String> sourceIds) {
		Map<String, Stored> stored = new HashMap<>();
		if (sourceIds.isEmpty()) {
			return stored;
		}
		this.jdbc.sql("""
				select id, application_id, title, granted_total, granted_at, period_start, period_end,
				       organisation_id, pool_id, source_data, source_modified, demo, source_grant_id
				from granted_project where source_grant_id = any(:sources)""")
			// One array, not a list of values: a plan the database keeps for a list was
			// made
			// when the table was small, and reads the whole table once it has grown.
			.param("sources", sourceIds.toArray(String[]::new))
			.query((ResultSet rs) -> {
				stored.put(rs.getString("source_grant_id"),
						new Stored(rs.getLong("id"), rs.getLong("application_id"), rs.getString("title"),
								rs.getLong("granted_total"),
								DanishTime.of(rs.getObject("granted_at", OffsetDateTime.class).toInstant())
									.toLocalDate(),
								rs.getObject("period_start", LocalDate.class),
								rs.getObject("period_end", LocalDate.class), rs.getLong("organisation_id"),
								rs.getLong("pool_id"), rs.getString("source_data"),
								rs.getObject("source_modified", OffsetDateTime.class), rs.getBoolean("demo")));
			});
		return stored;
	}

	/**
	 * Adds the grants as decided applications with their granted projects, each table in
	 * one batch.
	 */
	private void create(List<Placed> grants) {
		if (grants.isEmpty()) {
			return;
		}
		long[] applications = insertAll("""
				insert into application (call_id, pool_id, lead_organisation_id, title, summary, status, submitted_at,
				                         receipt_registered_by, decision_outcome, decided_at, decision_registered_by,
				                         decision_registered_at, requested_total, granted_total, demo)
				values (:call, :pool, :organisation, :title, :summary, 'DECIDED', :awarded, :by, 'GRANTED_IN_FULL',
				        :awarded, :by, :now, :amount, :amount, :demo)""",
				grants.stream().map(this::applicationValues).toArray(MapSqlParameterSource[]::new));
		MapSqlParameterSource[] years = new MapSqlParameterSource[grants.size()];
		for (int i = 0; i < years.length; i++) {
			years[i] = yearValues(applications[i], grants.get(i).grant());
		}
		years(years);
		MapSqlParameterSource[] projects = new MapSqlParameterSource[grants.size()];
		for (int i = 0; i < projects.length; i++) {
			projects[i] = projectValues(grants.get(i), applications[i]);
		}
		long[] created = insertAll("""
				insert into granted_project (application_id, call_id, pool_id, organisation_id, title, period_start,
				                             period_end, granted_at, granted_total, demo, source_grant_id, import_id,
				                             source_modified, source_data)
				values (:application, :call, :pool, :organisation, :title, :start, :end, :awarded, :amount, :demo,
				        :source, :import, :modified, :data)""", projects);
		MapSqlParameterSource[] projectYears = new MapSqlParameterSource[grants.size()];
		for (int i = 0; i < projectYears.length; i++) {
			projectYears[i] = yearValues(created[i], grants.get(i).grant());
		}
		projectYears(projectYears);
	}

	private MapSqlParameterSource applicationValues(Placed placed) {
		ImportedGrant grant = placed.grant();
		return new MapSqlParameterSource("call", placed.call()).addValue("pool", placed.pool())
			.addValue("organisation", placed.organisation())
			.addValue("title", grant.title())
			.addValue("summary", grant.description())
			.addValue("awarded", awarded(grant))
			.addValue("by", this.by)
			.addValue("now", this.now)
			.addValue("amount", grant.amount().ore())
			.addValue("demo", grant.demo());
	}

	/**
	 * Brings a project an earlier import made, and its application, to what the file says
	 * now.
	 */
	private void update(Stored stored, Placed placed) {
		ImportedGrant grant = placed.grant();
		this.named.update("""
				update granted_project set version = version + 1, call_id = :call, pool_id = :pool,
				       organisation_id = :organisation, title = :title, period_start = :start, period_end = :end,
				       granted_at = :awarded, granted_total = :amount, demo = :demo, import_id = :import,
				       source_modified = :modified, source_data = :data
				where id = :id""", projectValues(placed, stored.applicationId()).addValue("id", stored.id()));
		this.jdbc.sql("delete from granted_project_year where granted_project_id = :id")
			.param("id", stored.id())
			.update();
		projectYears(yearValues(stored.id(), grant));
		this.named.update(
				"""
						update application set version = version + 1, call_id = :call, pool_id = :pool,
						       lead_organisation_id = :organisation, title = :title, summary = :summary, submitted_at = :awarded,
						       decided_at = :awarded, requested_total = :amount, granted_total = :amount, demo = :demo
						where id = :id""",
				applicationValues(placed).addValue("id", stored.applicationId()));
		this.jdbc.sql("delete from application_budget_line where application_id = :id")
			.param("id", stored.applicationId())
			.update();
		this.jdbc.sql("delete from application_granted_year where application_id = :id")
			.param("id", stored.applicationId())
			.update();
		years(yearValues(stored.applicationId(), grant));
	}

	private MapSqlParameterSource projectValues(Placed placed, long application) {
		ImportedGrant grant = placed.grant();
		return new MapSqlParameterSource("application", application).addValue("call", placed.call())
			.addValue("pool", placed.pool())
			.addValue("organisation", placed.organisation())
			.addValue("title", grant.title())
			.addValue("start", grant.start())
			.addValue("end", grant.end())
			.addValue("awarded", awarded(grant))
			.addValue("amount", grant.amount().ore())
			.addValue("demo", grant.demo())
			.addValue("source", grant.sourceId())
			.addValue("import", this.importId)
			.addValue("modified", grant.modified())
			.addValue("data", grant.dataSource());
	}

	/** A grant's one year, of its application or of its project. */
	private static MapSqlParameterSource yearValues(long record, ImportedGrant grant) {
		return new MapSqlParameterSource("record", record).addValue("year", grant.awardDate().getYear())
			.addValue("amount", grant.amount().ore());
	}

	/** Each project was granted its grant in the year it was awarded. */
	private void projectYears(MapSqlParameterSource... projects) {
		this.named.batchUpdate("""
				insert into granted_project_year (granted_project_id, line_no, fiscal_year, amount, conditional)
				values (:record, 0, :year, :amount, false)""", projects);
	}

	/**
	 * Each application asked for and was granted its grant in the year it was awarded.
	 */
	private void years(MapSqlParameterSource... applications) {
		this.named.batchUpdate("""
				insert into application_budget_line (application_id, line_no, fiscal_year, description, amount)
				values (:record, 0, :year, 'Tilskud efter 360Giving-filen', :amount)""", applications);
		this.named.batchUpdate("""
				insert into application_granted_year (application_id, line_no, fiscal_year, amount, conditional)
				values (:record, 0, :year, :amount, false)""", applications);
	}

	/**
	 * Noon of the day of the award, Danish time, as decisions registered afterwards are
	 * dated.
	 */
	private static OffsetDateTime awarded(ImportedGrant grant) {
		return DanishTime.at(grant.awardDate().atTime(12, 0));
	}

	private long organisation(ImportedGrant grant) {
		String key = grant.recipientId();
		Long known = this.organisations.get(key);
		if (known != null) {
			return known;
		}
		long id = findOrganisation(grant);
		this.organisations.put(key, id);
		return id;
	}

	private long findOrganisation(ImportedGrant grant) {
		if (grant.recipientCvr() != null) {
			Long byCvr = one("select id from organisation where cvr = :value", grant.recipientCvr());
			if (byCvr != null) {
				return byCvr;
			}
		}
		Long byIdentifier = one("select id from organisation where external_id = :value", grant.recipientId());
		if (byIdentifier != null) {
			return byIdentifier;
		}
		if (grant.recipientCvr() == null && grant.officialCode() != null) {
			Long byCode = this.jdbc.sql("""
					select id from organisation where official_code = :code and name = :name and external_id is null""")
				.param("code", grant.officialCode())
				.param("name", grant.recipientName())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (byCode != null) {
				this.jdbc.sql("update organisation set external_id = :external where id = :id")
					.param("external", grant.recipientId())
					.param("id", byCode)
					.update();
				return byCode;
			}
		}
		Map<String, Object> values = new HashMap<>();
		values.put("name", grant.recipientName());
		values.put("cvr", grant.recipientCvr());
		values.put("external", grant.recipientCvr() == null ? grant.recipientId() : null);
		return insert("""
				insert into organisation (name, organisation_type, cvr, external_id, demo)
				values (:name, 'PRIVATE_ORGANISATION', :cvr, :external, false)""", values);
	}

	private long pool(ImportedGrant grant) {
		String key = grant.programmeCode() != null ? "code:" + grant.programmeCode()
				: "title:" + grant.funderName() + "/" + grant.programmeTitle();
		Long known = this.pools.get(key);
		if (known != null) {
			return known;
		}
		Long found = grant.programmeCode() != null
				? one("select id from pool where source_code = :value", grant.programmeCode())
				: this.jdbc.sql("select id from pool where name = :name and authority = :funder order by id")
					.param("name", grant.programmeTitle())
					.param("funder", grant.funderName())
					.query(Long.class)
					.list()
					.stream()
					.findFirst()
					.orElse(null);
		long id = found != null ? found : newPool(grant);
		this.pools.put(key, id);
		return id;
	}

	private long newPool(ImportedGrant grant) {
		Map<String, Object> values = new HashMap<>();
		values.put("programme", programme(grant.funderName()));
		values.put("name", grant.programmeTitle());
		values.put("purpose", "Tilskud indlæst fra en 360Giving-fil.");
		values.put("funder", grant.funderName());
		values.put("code", grant.programmeCode());
		values.put("funderId", grant.funderId());
		return insert(
				"""
						insert into pool (programme_id, name, purpose, authority, application_form, source_code, funder_id, demo)
						values (:programme, :name, :purpose, :funder, 'ALONE_OR_JOINT', :code, :funderId, false)""",
				values);
	}

	private long programme(String funder) {
		Long known = this.programmes.get(funder);
		if (known != null) {
			return known;
		}
		Long found = this.jdbc.sql("select id from programme where name = :name and owner = :name order by id")
			.param("name", funder)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		long id = found != null ? found : insert("""
				insert into programme (name, kind, owner, purpose, demo)
				values (:name, 'PROGRAMME', :name, 'Tilskud indlæst fra 360Giving-filer.', false)""",
				Map.of("name", funder));
		this.programmes.put(funder, id);
		return id;
	}

	/**
	 * The pool's call for imported grants: allocated, offering what its grants add up to
	 * (set when the import is done), open from the day before its first award.
	 */
	private long call(long pool, LocalDate awarded) {
		Long known = this.calls.get(pool);
		if (known != null) {
			return known;
		}
		Long found = this.jdbc.sql("select id from pool_call where pool_id = :pool and title = :title")
			.param("pool", pool)
			.param("title", IMPORTED_CALL)
			.query(Long.class)
			.optional()
			.orElse(null);
		long id;
		if (found != null) {
			id = found;
		}
		else {
			Map<String, Object> values = new HashMap<>();
			values.put("pool", pool);
			values.put("title", IMPORTED_CALL);
			values.put("opens", DanishTime.at(awarded.minusDays(1).atStartOfDay()));
			values.put("deadline", DanishTime.at(awarded.atStartOfDay()));
			values.put("now", this.now);
			id = insert("""
					insert into pool_call (pool_id, kind, title, amount, opens_at, deadline, allocated_at, latest, demo)
					values (:pool, 'FIRST', :title, 1, :opens, :deadline, :now, true, false)""", values);
		}
		this.calls.put(pool, id);
		return id;
	}

	/** The title of the call that holds a pool's imported grants. */
	static final String IMPORTED_CALL = "Indlæst fra 360Giving";

	/**
	 * Sets what each imported call granted and offered to what its grants add up to, and
	 * how many decisions it has.
	 */
	void settleCalls() {
		for (long call : this.calls.values()) {
			this.jdbc
				.sql("""
						update pool_call set version = version + 1,
						       granted = (select coalesce(sum(granted_total), 0) from granted_project where call_id = :call),
						       amount = greatest(1, (select coalesce(sum(granted_total), 0) from granted_project
						                             where call_id = :call)),
						       decisions = (select count(*) from granted_project where call_id = :call)
						where id = :call""")
				.param("call", call)
				.update();
		}
	}

	private @Nullable Long one(String sql, String value) {
		return this.jdbc.sql(sql).param("value", value).query(Long.class).optional().orElse(null);
	}

	/**
	 * Rows a statement adds at most: a few thousand values, well within any driver's
	 * limit.
	 */
	private static final int ROWS_A_STATEMENT = 200;

	private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

	/**
	 * Adds the rows with statements of many rows each, and gives their new ids in the
	 * rows' order. The insert names the values of one row; it is repeated for each row
	 * with the row's number added to its parameters' names. Both databases give the ids
	 * of a statement's rows in the order the rows were written.
	 */
	private long[] insertAll(String insert, MapSqlParameterSource[] rows) {
		int values = insert.lastIndexOf("values");
		String into = insert.substring(0, values + "values".length());
		String row = insert.substring(values + "values".length()).strip();
		long[] ids = new long[rows.length];
		for (int from = 0; from < rows.length; from += ROWS_A_STATEMENT) {
			int to = Math.min(rows.length, from + ROWS_A_STATEMENT);
			StringBuilder sql = new StringBuilder(into);
			MapSqlParameterSource parameters = new MapSqlParameterSource();
			for (int i = from; i < to; i++) {
				String suffix = "_" + i;
				sql.append(i == from ? " " : ", ").append(PARAMETER.matcher(row).replaceAll(":$1" + suffix));
				for (String name : rows[i].getParameterNames()) {
					parameters.addValue(name + suffix, rows[i].getValue(name));
				}
			}
			KeyHolder keys = new GeneratedKeyHolder();
			this.named.update(sql.toString(), parameters, keys, new String[] { "id" });
			List<Map<String, Object>> made = keys.getKeyList();
			if (made.size() != to - from) {
				throw new IllegalStateException(
						"The database gave " + made.size() + " ids for " + (to - from) + " rows");
			}
			for (int i = from; i < to; i++) {
				ids[i] = ((Number) made.get(i - from).values().iterator().next()).longValue();
			}
		}
		return ids;
	}

	private long insert(String sql, Map<String, ?> values) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(values).update(keys, "id");
		return Objects.requireNonNull(keys.getKey(), "no key").longValue();
	}

}
