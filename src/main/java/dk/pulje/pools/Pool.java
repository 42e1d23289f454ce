package dk.pulje.pools;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Amount;
import dk.pulje.money.ApproximateDate;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.StatedAmount;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.rules.RuleViolation;

/**
 * A pool: money a programme sends to the field through one or more calls. It knows who
 * may apply and how, what the money is for, and what a granted project owes in reports;
 * it refuses earmarks larger than itself.
 */
@Table("pool")
class Pool {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private @Nullable Long programmeId;

	private String name;

	private @Nullable String purpose;

	private @Nullable String authority;

	private ApplicationForm applicationForm;

	@Embedded.Nullable(prefix = "stated_total_")
	private StatedAmount statedTotal;

	@Embedded.Nullable(prefix = "announced_")
	private ApproximateDate announced;

	@Embedded.Nullable(prefix = "period_")
	private ProjectPeriod period;

	/**
	 * The stated total where there is one, otherwise what the years add up to; kept for
	 * lists to sort by.
	 */
	private @Nullable Amount amount;

	@MappedCollection(idColumn = "pool_id", keyColumn = "line_no")
	private List<PoolYear> years = new ArrayList<>();

	@MappedCollection(idColumn = "pool_id", keyColumn = "line_no")
	private List<Earmark> earmarks = new ArrayList<>();

	@MappedCollection(idColumn = "pool_id", keyColumn = "line_no")
	private List<ContentArea> contentAreas = new ArrayList<>();

	@MappedCollection(idColumn = "pool_id", keyColumn = "line_no")
	private List<Indicator> indicators = new ArrayList<>();

	@MappedCollection(idColumn = "pool_id", keyColumn = "line_no")
	private List<Criterion> criteria = new ArrayList<>();

	private @Nullable BigDecimal minimumScore;

	private Decider decidedBy = Decider.CASEWORKER;

	private boolean recommenderMayDecide;

	@MappedCollection(idColumn = "pool_id")
	private Set<Eligibility> eligibility = new HashSet<>();

	@MappedCollection(idColumn = "pool_id", keyColumn = "line_no")
	private List<ReportingRequirement> reportingRequirements = new ArrayList<>();

	private @Nullable Integer holdBackPercent;

	private boolean holdBackLastYear;

	/**
	 * The days before a report is due that its project is reminded, largest first
	 * ("30,7"); null for the default.
	 */
	private @Nullable String reminderDays;

	private final boolean demo;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Pool(@Nullable Long id, @Nullable Long version, boolean demo) {
		this.id = id;
		this.version = version;
		this.demo = demo;
	}

	static Pool define(PoolRequest request, @Nullable StatedAmount statedTotal, @Nullable ApproximateDate announced,
			boolean demo) {
		Pool pool = new Pool(null, null, demo);
		pool.redefine(request, statedTotal, announced);
		return pool;
	}

	/**
	 * Sets every field from the request, after checking the rules a pool holds by itself.
	 */
	void redefine(PoolRequest request, @Nullable StatedAmount statedTotal, @Nullable ApproximateDate announced) {
		YearlyAmounts split = request.yearlyAmounts() == null ? YearlyAmounts.NONE : request.yearlyAmounts();
		split.byYear().forEach((year, amount) -> {
			if (!amount.isPositive()) {
				throw new RuleViolation("amount-not-positive", "yearlyAmounts." + year, amount);
			}
		});
		boolean lastYear = Boolean.TRUE.equals(request.holdBackLastYear());
		if (lastYear && request.holdBackPercent() != null) {
			throw new RuleViolation("hold-back-one-kind", "holdBackPercent");
		}
		Amount total = statedTotal != null ? statedTotal.amount() : split.isEmpty() ? null : split.total();
		List<Earmark> newEarmarks = request.earmarks() == null ? List.of()
				: request.earmarks().stream().map(e -> new Earmark(e.description().trim(), e.amount())).toList();
		checkEarmarks(newEarmarks, total);
		this.amount = total;
		this.programmeId = request.programmeId();
		this.name = request.name().trim();
		this.purpose = request.purpose();
		this.authority = request.authority();
		this.applicationForm = request.applicationForm();
		this.statedTotal = statedTotal;
		this.announced = announced;
		this.period = request.projectPeriod();
		this.years = new ArrayList<>(
				split.byYear().entrySet().stream().map(e -> new PoolYear(e.getKey(), e.getValue())).toList());
		this.earmarks = new ArrayList<>(newEarmarks);
		this.contentAreas = new ArrayList<>(contentAreasOf(request.contentAreas()));
		this.indicators = new ArrayList<>(indicatorsOf(request.indicators()));
		this.criteria = new ArrayList<>(criteriaOf(request.criteria()));
		this.minimumScore = request.minimumScore();
		this.decidedBy = request.decidedBy() == null ? Decider.CASEWORKER : request.decidedBy();
		this.recommenderMayDecide = Boolean.TRUE.equals(request.recommenderMayDecide());
		this.eligibility = new LinkedHashSet<>(request.eligibleTypes().stream().map(Eligibility::new).toList());
		this.reportingRequirements = new ArrayList<>(request.reportingRequirements() == null ? List.of()
				: request.reportingRequirements()
					.stream()
					.map(r -> new ReportingRequirement(r.kind(), r.monthsAfterEnd(), r.auditedAccounts(), r.contents()))
					.toList());
		this.holdBackPercent = request.holdBackPercent();
		this.reminderDays = request.reminderDaysBefore() == null || request.reminderDaysBefore().isEmpty() ? null
				: request.reminderDaysBefore()
					.stream()
					.distinct()
					.sorted(Comparator.reverseOrder())
					.map(String::valueOf)
					.collect(Collectors.joining(","));
		this.holdBackLastYear = lastYear;
	}

	private static void checkEarmarks(List<Earmark> earmarks, @Nullable Amount total) {
		Amount earmarked = Amount.ZERO;
		for (int i = 0; i < earmarks.size(); i++) {
			if (!earmarks.get(i).amount().isPositive()) {
				throw new RuleViolation("amount-not-positive", "earmarks[" + i + "].amount", earmarks.get(i).amount());
			}
			earmarked = earmarked.plus(earmarks.get(i).amount());
		}
		if (total != null && earmarked.isGreaterThan(total)) {
			throw new RuleViolation("earmarks-exceed-pool", "earmarks", earmarked, total);
		}
	}

	/** The most criteria a pool assesses its applications against. */
	static final int MOST_CRITERIA = 12;

	/** The criteria, each on a scale that goes up, and each named once. */
	private static List<Criterion> criteriaOf(@Nullable List<PoolRequest.CriterionRequest> requests) {
		if (requests == null) {
			return List.of();
		}
		Set<String> names = new HashSet<>();
		List<Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			PoolRequest.CriterionRequest r = requests.get(i);
			String name = r.name().strip();
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				throw new RuleViolation("criterion-twice", "criteria[" + i + "].name", name);
			}
			if (r.scaleMin() >= r.scaleMax()) {
				throw new RuleViolation("criterion-scale-backwards", "criteria[" + i + "].scaleMax", r.scaleMin(),
						r.scaleMax());
			}
			criteria.add(new Criterion(name,
					r.description() == null || r.description().isBlank() ? null : r.description().strip(), r.weight(),
					r.scaleMin(), r.scaleMax()));
		}
		return criteria;
	}

	/** The most indicators a pool asks its projects for. */
	static final int MOST_INDICATORS = 20;

	/** The indicators asked for, each named once. */
	private static List<Indicator> indicatorsOf(@Nullable List<PoolRequest.IndicatorRequest> requests) {
		if (requests == null) {
			return List.of();
		}
		Set<String> names = new HashSet<>();
		List<Indicator> indicators = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			String name = requests.get(i).name().strip();
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				throw new RuleViolation("indicator-twice", "indicators[" + i + "].name", name);
			}
			indicators.add(new Indicator(name, requests.get(i).unit().strip()));
		}
		return indicators;
	}

	private static List<ContentArea> contentAreasOf(@Nullable List<PoolRequest.ContentAreaRequest> requests) {
		if (requests == null) {
			return List.of();
		}
		Set<String> codes = new HashSet<>();
		List<ContentArea> areas = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			PoolRequest.ContentAreaRequest r = requests.get(i);
			String code = r.code() == null || r.code().isBlank() ? codeOf(r.name()) : r.code().trim();
			if (!codes.add(code)) {
				throw new RuleViolation("content-area-code-twice", "contentAreas[" + i + "].code", code);
			}
			areas.add(new ContentArea(code, r.name().trim(), r.description(), r.examples()));
		}
		return areas;
	}

	/**
	 * "Videreudvikling af kommunale akutfunktioner" becomes
	 * "videreudvikling-af-kommunale-akutfunktioner".
	 */
	static String codeOf(String name) {
		String code = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		code = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		code = code.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return code.length() > 80 ? code.substring(0, 80).replaceAll("-$", "") : code;
	}

	/**
	 * The pool's amount: the stated total where there is one, otherwise what its years
	 * add up to.
	 */
	@Nullable Amount amount() {
		return this.amount;
	}

	/**
	 * What a new call may offer: of an earmark, what its first calls do not offer yet; of
	 * the pool's free money, what is neither earmarked nor offered by a first call of the
	 * free money. A pool whose amount is not known yet offers nothing.
	 */
	Amount availableToPost(@Nullable Integer earmark, List<Call> calls) {
		if (this.amount == null) {
			throw new RuleViolation("pool-amount-unknown", "amount", this.name);
		}
		return available(earmark, calls, this.amount);
	}

	/**
	 * A changed pool must still hold what its calls offer: its free money what the calls
	 * of free money offer, and each earmark a call offers at least what its calls offer.
	 */
	void requireCovers(List<Call> calls) {
		if (this.amount == null) {
			return;
		}
		Amount offered = calls.stream()
			.filter(c -> c.kind() == CallKind.FIRST)
			.map(Call::amount)
			.reduce(Amount.ZERO, Amount::plus);
		Amount amount = this.amount;
		if (offered.isGreaterThan(amount)) {
			throw new RuleViolation("pool-amount-below-calls", "statedTotal", amount, offered);
		}
		Set<Integer> offeredEarmarks = new TreeSet<>();
		calls.stream().map(Call::earmark).filter(Objects::nonNull).forEach(offeredEarmarks::add);
		for (Integer earmark : offeredEarmarks) {
			if (earmark > this.earmarks.size() || available(earmark, calls, amount).isNegative()) {
				throw new RuleViolation("earmark-below-calls", "earmarks[" + (earmark - 1) + "].amount", earmark);
			}
		}
		Amount free = available(null, calls, amount);
		if (free.isNegative()) {
			throw new RuleViolation("earmarks-below-calls", "earmarks", free);
		}
	}

	private Amount available(@Nullable Integer earmark, List<Call> calls, Amount poolAmount) {
		if (earmark != null && earmark > this.earmarks.size()) {
			throw new RuleViolation("earmark-unknown", "earmark", earmark, this.name);
		}
		Amount offered = calls.stream()
			.filter(c -> c.kind() == CallKind.FIRST && Objects.equals(c.earmark(), earmark))
			.map(Call::amount)
			.reduce(Amount.ZERO, Amount::plus);
		Amount money = earmark != null ? this.earmarks.get(earmark - 1).amount() : poolAmount.minus(earmarked());
		return money.minus(offered);
	}

	/** What the earmarks promise to named purposes, together. */
	Amount earmarked() {
		return this.earmarks.stream().map(Earmark::amount).reduce(Amount.ZERO, Amount::plus);
	}

	YearlyAmounts yearlyAmounts() {
		return YearlyAmounts.summing(this.years, PoolYear::fiscalYear, PoolYear::amount);
	}

	Set<OrganisationType> eligibleTypes() {
		Set<OrganisationType> types = new LinkedHashSet<>();
		this.eligibility.stream().map(Eligibility::organisationType).sorted().forEach(types::add);
		return types;
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	@Nullable Long programmeId() {
		return this.programmeId;
	}

	String name() {
		return this.name;
	}

	@Nullable String purpose() {
		return this.purpose;
	}

	@Nullable String authority() {
		return this.authority;
	}

	ApplicationForm applicationForm() {
		return this.applicationForm;
	}

	@Nullable StatedAmount statedTotal() {
		return this.statedTotal;
	}

	@Nullable ApproximateDate announced() {
		return this.announced;
	}

	@Nullable ProjectPeriod period() {
		return this.period;
	}

	List<Earmark> earmarks() {
		return List.copyOf(this.earmarks);
	}

	List<ContentArea> contentAreas() {
		return List.copyOf(this.contentAreas);
	}

	List<Indicator> indicators() {
		return List.copyOf(this.indicators);
	}

	List<Criterion> criteria() {
		return List.copyOf(this.criteria);
	}

	@Nullable BigDecimal minimumScore() {
		return this.minimumScore;
	}

	Decider decidedBy() {
		return this.decidedBy;
	}

	boolean recommenderMayDecide() {
		return this.recommenderMayDecide;
	}

	/**
	 * The days before a report is due its projects are reminded, largest first; empty for
	 * the default.
	 */
	List<Integer> reminderDaysBefore() {
		return this.reminderDays == null ? List.of()
				: Arrays.stream(this.reminderDays.split(",")).map(Integer::valueOf).toList();
	}

	HoldBack holdBack() {
		return new HoldBack(this.holdBackPercent, this.holdBackLastYear);
	}

	List<ReportingRequirement> reportingRequirements() {
		return List.copyOf(this.reportingRequirements);
	}

	boolean demo() {
		return this.demo;
	}

}
