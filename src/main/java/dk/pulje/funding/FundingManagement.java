package dk.pulje.funding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.database.KeptCounts;
import dk.pulje.money.Amount;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Records agreements, programmes and appropriations, and answers what was appropriated to
 * what, by year.
 */
@Service
public class FundingManagement {

	public static final Map<String, String> AGREEMENT_SORTS = Map.of("name", "name", "year", "agreement_year", "id",
			"id");

	public static final Map<String, String> PROGRAMME_SORTS = Map.of("name", "name", "firstYear", "first_year",
			"appropriatedTotal", "appropriated_total", "id", "id");

	public static final Map<String, String> APPROPRIATION_SORTS = Map.of("year", "fiscal_year", "amount", "amount",
			"id", "id");

	private final Agreements agreements;

	private final Programmes programmes;

	private final Appropriations appropriations;

	/**
	 * Looked up when needed: the pools feature depends on funding, so funding cannot wait
	 * for it at start-up.
	 */
	private final ObjectProvider<PoolTargets> pools;

	private final JdbcClient jdbc;

	private final KeptCounts counts;

	FundingManagement(Agreements agreements, Programmes programmes, Appropriations appropriations,
			ObjectProvider<PoolTargets> pools, JdbcClient jdbc, KeptCounts counts) {
		this.agreements = agreements;
		this.programmes = programmes;
		this.appropriations = appropriations;
		this.pools = pools;
		this.jdbc = jdbc;
		this.counts = counts;
	}

	// Agreements

	@Transactional(readOnly = true)
	public AgreementView agreement(long id) {
		return loadAgreement(id).view();
	}

	@Transactional(readOnly = true)
	public PageOf<AgreementView> agreements(AgreementKind kind, Integer year, String nameContains, Paging paging) {
		Where where = new Where().and("kind = :kind", "kind", kind == null ? null : kind.name())
			.and("agreement_year = :year", "year", year)
			.contains("name", "name", nameContains);
		return where.page(this.jdbc, this.counts, "select count(*) from agreement",
				"select id, version, name, kind, agreement_year, demo from agreement", paging,
				(rs, n) -> new AgreementView(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
						AgreementKind.valueOf(rs.getString("kind")), rs.getObject("agreement_year", Integer.class),
						rs.getBoolean("demo")));
	}

	@Transactional
	public AgreementView recordAgreement(AgreementRequest request, boolean demo) {
		refuseDuplicateAgreement(request, null);
		return this.agreements.save(Agreement.record(request, demo)).view();
	}

	@Transactional
	public AgreementView changeAgreement(long id, long expectedVersion, AgreementRequest request) {
		Agreement agreement = loadAgreement(id);
		StaleVersion.check("agreement", id, expectedVersion, agreement.version());
		refuseDuplicateAgreement(request, id);
		agreement.change(request);
		return this.agreements.save(agreement).view();
	}

	/**
	 * One record per real agreement: the same name (however spelt in case and spacing)
	 * and year is refused.
	 */
	private void refuseDuplicateAgreement(AgreementRequest request, @Nullable Long exceptId) {
		String comparable = Agreement.comparable(request.name());
		(request.year() == null ? this.agreements.findByAgreementYearIsNull()
				: this.agreements.findByAgreementYear(request.year()))
			.stream()
			.map(Agreement::view)
			.filter(a -> exceptId == null || a.id() != exceptId)
			.filter(a -> Agreement.comparable(a.name()).equals(comparable) && Objects.equals(a.year(), request.year()))
			.findFirst()
			.ifPresent(a -> {
				throw new RuleViolation("agreement-exists", "name", a.name(), a.id());
			});
	}

	private Agreement loadAgreement(long id) {
		return this.agreements.findById(id).orElseThrow(() -> new RecordNotFound("agreement", id));
	}

	// Programmes

	/**
	 * Refuses a link to a programme that is not there, naming the field that links it.
	 */
	@Transactional(readOnly = true)
	public void requireProgramme(@Nullable Long id, String field) {
		if (id != null && !this.programmes.existsById(id)) {
			throw new RuleViolation("programme-unknown", field, id);
		}
	}

	@Transactional(readOnly = true)
	public ProgrammeView programme(long id) {
		return ProgrammeView.of(loadProgramme(id), appropriatedToProgramme(id));
	}

	/** Every programme, by name: what a page offers to choose from or reads whole. */
	@Transactional(readOnly = true)
	public List<ProgrammeView> allProgrammes() {
		return programmes(null, null, null, Paging.of(0, Paging.MAX_SIZE, "name", PROGRAMME_SORTS, "name")).items();
	}

	@Transactional(readOnly = true)
	public PageOf<ProgrammeView> programmes(@Nullable ProgrammeKind kind, @Nullable Long parentId,
			@Nullable String nameContains, Paging paging) {
		Where where = new Where().and("kind = :kind", "kind", kind == null ? null : kind.name())
			.and("parent_id = :parent", "parent", parentId)
			.contains("name", "name", nameContains);
		long total = this.counts.of(this.jdbc, "select count(*) from programme" + where, where.params());
		List<Long> ids = where.rows(this.jdbc, """
				select id from (
				  select p.*, (select coalesce(sum(a.amount), 0) from appropriation a where a.programme_id = p.id)
				         as appropriated_total
				  from programme p) as programme""", paging, (rs, n) -> rs.getLong("id"));
		Map<Long, YearlyAmounts> sums = appropriatedByProgramme(ids);
		Map<Long, Programme> loaded = new HashMap<>();
		this.programmes.findAllById(ids).forEach(p -> loaded.put(p.id(), p));
		List<ProgrammeView> items = ids.stream()
			.map(id -> ProgrammeView.of(Objects.requireNonNull(loaded.get(id)),
					sums.getOrDefault(id, YearlyAmounts.NONE)))
			.toList();
		return PageOf.of(items, paging, total);
	}

	@Transactional
	public ProgrammeView recordProgramme(ProgrammeRequest request, boolean demo) {
		requireParent(request.parentId());
		StatedAmount stated = StatedAmount.fromRequest(request.statedTotal(), request.statedTotalAsWritten());
		Programme programme = this.programmes.save(Programme.record(request, stated, demo));
		return ProgrammeView.of(programme, YearlyAmounts.NONE);
	}

	@Transactional
	public ProgrammeView changeProgramme(long id, long expectedVersion, ProgrammeRequest request) {
		Programme programme = loadProgramme(id);
		StaleVersion.check("programme", id, expectedVersion, programme.version());
		requireParent(request.parentId());
		refuseParentCycle(id, request.parentId());
		programme.change(request, StatedAmount.fromRequest(request.statedTotal(), request.statedTotalAsWritten()));
		return ProgrammeView.of(this.programmes.save(programme), appropriatedToProgramme(id));
	}

	private void requireParent(@Nullable Long parentId) {
		if (parentId != null && !this.programmes.existsById(parentId)) {
			throw new RuleViolation("programme-unknown", "parentId", parentId);
		}
	}

	private void refuseParentCycle(long id, @Nullable Long parentId) {
		for (Long p = parentId; p != null; p = loadProgramme(p).parentId()) {
			if (p == id) {
				throw new RuleViolation("programme-own-parent", "parentId");
			}
		}
	}

	private Programme loadProgramme(long id) {
		return this.programmes.findById(id).orElseThrow(() -> new RecordNotFound("programme", id));
	}

	// Appropriations

	@Transactional
	public AppropriationView appropriate(AppropriationRequest request, boolean demo) {
		loadAgreementFor(request.agreementId());
		if (request.programmeId() != null) {
			Programme programme = this.programmes.findById(request.programmeId())
				.orElseThrow(() -> new RuleViolation("programme-unknown", "programmeId", request.programmeId()));
			if (!programme.runsIn(request.year())) {
				throw new RuleViolation("appropriation-outside-programme", "year", request.year(),
						programme.firstYear(), programme.lastYear());
			}
		}
		PoolTargets targets = this.pools.getIfAvailable();
		if (request.poolId() != null && (targets == null || !targets.exists(request.poolId()))) {
			throw new RuleViolation("pool-unknown", "poolId", request.poolId());
		}
		MoneyKind kind = request.moneyKind() == null ? MoneyKind.OPERATING : request.moneyKind();
		Appropriation appropriation = Appropriation.appropriate(request.agreementId(), request.programmeId(),
				request.poolId(), request.year(), request.amount(), kind, demo);
		return this.appropriations.save(appropriation).view();
	}

	@Transactional(readOnly = true)
	public AppropriationView appropriation(long id) {
		return this.appropriations.findById(id).orElseThrow(() -> new RecordNotFound("appropriation", id)).view();
	}

	@Transactional(readOnly = true)
	public PageOf<AppropriationView> appropriations(@Nullable Long agreementId, Long programmeId, @Nullable Long poolId,
			@Nullable Integer year, Paging paging) {
		Where where = new Where().and("agreement_id = :agreement", "agreement", agreementId)
			.and("programme_id = :programme", "programme", programmeId)
			.and("pool_id = :pool", "pool", poolId)
			.and("fiscal_year = :year", "year", year);
		return where.page(this.jdbc, this.counts, "select count(*) from appropriation", "select * from appropriation",
				paging,
				(rs, n) -> new AppropriationView(rs.getLong("id"), rs.getLong("version"), rs.getLong("agreement_id"),
						rs.getObject("programme_id", Long.class), rs.getObject("pool_id", Long.class),
						rs.getInt("fiscal_year"), Amount.ofOre(rs.getLong("amount")),
						MoneyKind.valueOf(rs.getString("money_kind")), rs.getBoolean("demo")));
	}

	/** What agreements appropriated to a pool, by year. */
	@Transactional(readOnly = true)
	public YearlyAmounts appropriatedToPool(long poolId) {
		return yearly("pool_id", List.of(poolId)).getOrDefault(poolId, YearlyAmounts.NONE);
	}

	private YearlyAmounts appropriatedToProgramme(long programmeId) {
		return appropriatedByProgramme(List.of(programmeId)).getOrDefault(programmeId, YearlyAmounts.NONE);
	}

	private Map<Long, YearlyAmounts> appropriatedByProgramme(List<Long> ids) {
		return yearly("programme_id", ids);
	}

	/**
	 * Sums by target and year in SQL; the column is one of two fixed names, never client
	 * text.
	 */
	private Map<Long, YearlyAmounts> yearly(String targetColumn, List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, TreeMap<Integer, Amount>> sums = new HashMap<>();
		this.jdbc
			.sql("select " + targetColumn + " as target, fiscal_year, sum(amount) as amount from appropriation"
					+ " where " + targetColumn + " in (:ids) group by " + targetColumn + ", fiscal_year")
			.param("ids", ids)
			.query(rs -> {
				sums.computeIfAbsent(rs.getLong("target"), k -> new TreeMap<>())
					.put(rs.getInt("fiscal_year"), Amount.ofOre(rs.getLong("amount")));
			});
		Map<Long, YearlyAmounts> result = new HashMap<>();
		sums.forEach((id, byYear) -> result.put(id, new YearlyAmounts(byYear)));
		return result;
	}

	private void loadAgreementFor(long agreementId) {
		if (!this.agreements.existsById(agreementId)) {
			throw new RuleViolation("agreement-unknown", "agreementId", agreementId);
		}
	}

}
