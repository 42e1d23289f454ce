package dk.pulje.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.lang.Contract;

import dk.pulje.funding.MoneyKind;
import dk.pulje.money.StatedAmount;
import dk.pulje.plans.ActionPlanRequest.CellRequest;
import dk.pulje.plans.ActionPlanRequest.RowRequest;
import dk.pulje.plans.ActionPlanRequest.TrackRequest;
import dk.pulje.plans.PlanParts.Assessment;
import dk.pulje.plans.PlanParts.FocusArea;
import dk.pulje.plans.PlanParts.FundingCell;
import dk.pulje.plans.PlanParts.FundingRow;
import dk.pulje.plans.PlanParts.FundingTotal;
import dk.pulje.plans.PlanParts.Indicator;
import dk.pulje.plans.PlanParts.IndicatorValue;
import dk.pulje.plans.PlanParts.Initiative;
import dk.pulje.plans.PlanParts.Status;
import dk.pulje.plans.PlanParts.Track;
import dk.pulje.rules.RuleViolation;

import static dk.pulje.rules.Numbered.known;
import static dk.pulje.rules.Numbered.list;
import static dk.pulje.rules.Numbered.unique;

/**
 * An action plan, whole. It checks that its parts fit together: numbers are not used
 * twice, an initiative's focus area is one of its track's, an assessment names a track, a
 * status an initiative, a value an indicator, and each year is assessed once per track.
 */
@Table("action_plan")
class ActionPlan {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private String name;

	private @Nullable String owner;

	private @Nullable String adoptedBy;

	private @Nullable LocalDate adoptedOn;

	private @Nullable Integer firstYear;

	private @Nullable Integer lastYear;

	private @Nullable String purpose;

	private boolean internal;

	private @Nullable Long programmeId;

	private final boolean demo;

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<Track> tracks = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<FocusArea> focusAreas = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<Initiative> initiatives = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<Assessment> assessments = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<Status> statuses = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<Indicator> indicators = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<IndicatorValue> indicatorValues = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<FundingRow> fundingRows = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<FundingCell> fundingCells = new ArrayList<>();

	@MappedCollection(idColumn = "action_plan_id", keyColumn = "line_no")
	private List<FundingTotal> fundingTotals = new ArrayList<>();

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	ActionPlan(@Nullable Long id, @Nullable Long version, boolean demo) {
		this.id = id;
		this.version = version;
		this.demo = demo;
	}

	static ActionPlan record(ActionPlanRequest request, boolean demo) {
		ActionPlan plan = new ActionPlan(null, null, demo);
		plan.write(request);
		return plan;
	}

	void change(ActionPlanRequest request) {
		write(request);
	}

	private void write(ActionPlanRequest r) {
		if (r.firstYear() != null && r.lastYear() != null && r.lastYear() < r.firstYear()) {
			throw new RuleViolation("years-out-of-order", "lastYear", r.firstYear(), r.lastYear());
		}
		this.name = r.name().strip();
		this.owner = r.owner();
		this.adoptedBy = r.adoptedBy();
		this.adoptedOn = r.adoptedOn();
		this.firstYear = r.firstYear();
		this.lastYear = r.lastYear();
		this.purpose = r.purpose();
		this.internal = r.internal();
		this.programmeId = r.programmeId();
		writeTracks(list(r.tracks()));
		writeFollowUp(r);
		writeFunding(r.funding());
	}

	private void writeTracks(List<TrackRequest> requested) {
		List<Track> newTracks = new ArrayList<>();
		List<FocusArea> newAreas = new ArrayList<>();
		List<Initiative> newInitiatives = new ArrayList<>();
		Set<Integer> trackNos = new HashSet<>();
		Set<Integer> initiativeNos = new HashSet<>();
		for (int t = 0; t < requested.size(); t++) {
			TrackRequest track = requested.get(t);
			unique(trackNos, track.no(), "tracks[" + t + "].no");
			newTracks.add(new Track(track.no(), track.title().strip(), track.description()));
			Set<Integer> areaNos = new HashSet<>();
			var areas = list(track.focusAreas());
			for (int a = 0; a < areas.size(); a++) {
				unique(areaNos, areas.get(a).no(), "tracks[" + t + "].focusAreas[" + a + "].no");
				newAreas.add(new FocusArea(track.no(), areas.get(a).no(), areas.get(a).title().strip()));
			}
			var initiativesOfTrack = list(track.initiatives());
			for (int i = 0; i < initiativesOfTrack.size(); i++) {
				var initiative = initiativesOfTrack.get(i);
				String field = "tracks[" + t + "].initiatives[" + i + "]";
				unique(initiativeNos, initiative.no(), field + ".no");
				if (initiative.focusAreaNo() != null && !areaNos.contains(initiative.focusAreaNo())) {
					throw new RuleViolation("plan-part-unknown", field + ".focusAreaNo", initiative.focusAreaNo());
				}
				newInitiatives.add(new Initiative(initiative.no(), track.no(), initiative.focusAreaNo(),
						initiative.title().strip(), initiative.description(), initiative.partners(),
						initiative.programmeId(), initiative.poolId(), initiative.grantedProjectId()));
			}
		}
		this.tracks = newTracks;
		this.focusAreas = newAreas;
		this.initiatives = newInitiatives;
	}

	private void writeFollowUp(ActionPlanRequest r) {
		Set<Integer> trackNos = new HashSet<>(this.tracks.stream().map(Track::trackNo).toList());
		Set<Integer> initiativeNos = new HashSet<>(this.initiatives.stream().map(Initiative::initiativeNo).toList());
		List<Assessment> newAssessments = new ArrayList<>();
		Set<String> assessed = new HashSet<>();
		var assessmentRequests = list(r.assessments());
		for (int i = 0; i < assessmentRequests.size(); i++) {
			var a = assessmentRequests.get(i);
			known(trackNos, a.trackNo(), "assessments[" + i + "].trackNo");
			if (!assessed.add(a.trackNo() + "/" + a.year())) {
				throw new RuleViolation("assessment-twice", "assessments[" + i + "]", a.trackNo(), a.year());
			}
			newAssessments.add(new Assessment(a.trackNo(), a.year(), a.progress(), a.reasoning()));
		}
		List<Status> newStatuses = new ArrayList<>();
		var statusRequests = list(r.statuses());
		for (int i = 0; i < statusRequests.size(); i++) {
			var s = statusRequests.get(i);
			known(initiativeNos, s.initiativeNo(), "statuses[" + i + "].initiativeNo");
			newStatuses.add(new Status(s.initiativeNo(), s.year(), s.status(), s.summary()));
		}
		List<Indicator> newIndicators = new ArrayList<>();
		List<IndicatorValue> newValues = new ArrayList<>();
		Set<Integer> indicatorNos = new HashSet<>();
		var indicatorRequests = list(r.indicators());
		for (int i = 0; i < indicatorRequests.size(); i++) {
			var indicator = indicatorRequests.get(i);
			unique(indicatorNos, indicator.no(), "indicators[" + i + "].no");
			newIndicators.add(new Indicator(indicator.no(), indicator.name().strip(), indicator.unit().strip(),
					measure(indicator.baseline(), "indicators[" + i + "].baseline"),
					measure(indicator.target(), "indicators[" + i + "].target")));
			Set<Integer> periods = new HashSet<>();
			var values = list(indicator.values());
			for (int v = 0; v < values.size(); v++) {
				unique(periods, values.get(v).period(), "indicators[" + i + "].values[" + v + "].period");
				newValues.add(new IndicatorValue(indicator.no(), values.get(v).period(),
						measure(values.get(v).value(), "indicators[" + i + "].values[" + v + "].value"),
						values.get(v).approximate(), values.get(v).note()));
			}
		}
		this.assessments = newAssessments;
		this.statuses = newStatuses;
		this.indicators = newIndicators;
		this.indicatorValues = newValues;
	}

	/**
	 * The most digits a measured value keeps: sixteen before the decimal point and two
	 * after.
	 */
	static final int MEASURE_WHOLE_DIGITS = 16;

	static final int MEASURE_DECIMALS = 2;

	/**
	 * A measured value as it is kept, refused when it has more digits than it can be kept
	 * with: rounding a value someone typed, or failing to store it, would both lose it.
	 */
	@Contract("null, _ -> null; !null, _ -> !null")
	private static @Nullable BigDecimal measure(@Nullable BigDecimal value, String field) {
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		int decimals = Math.max(plain.scale(), 0);
		int wholeDigits = plain.precision() - plain.scale();
		if (decimals > MEASURE_DECIMALS || wholeDigits > MEASURE_WHOLE_DIGITS) {
			throw new RuleViolation("measure-too-precise", field, MEASURE_WHOLE_DIGITS, MEASURE_DECIMALS);
		}
		return value;
	}

	private void writeFunding(ActionPlanRequest.@Nullable FundingRequest funding) {
		Set<Integer> initiativeNos = new HashSet<>(this.initiatives.stream().map(Initiative::initiativeNo).toList());
		List<FundingRow> rows = new ArrayList<>();
		List<FundingCell> cells = new ArrayList<>();
		List<FundingTotal> totals = new ArrayList<>();
		Set<Integer> rowNos = new HashSet<>();
		List<RowRequest> rowRequests = funding == null ? List.of() : list(funding.rows());
		for (int i = 0; i < rowRequests.size(); i++) {
			RowRequest row = rowRequests.get(i);
			unique(rowNos, row.no(), "funding.rows[" + i + "].no");
			if (row.initiativeNo() != null) {
				known(initiativeNos, row.initiativeNo(), "funding.rows[" + i + "].initiativeNo");
			}
			rows.add(new FundingRow(row.no(), row.group(), row.label().strip(), row.initiativeNo()));
			Set<String> columns = new HashSet<>();
			List<CellRequest> rowCells = list(row.cells());
			for (int c = 0; c < rowCells.size(); c++) {
				CellRequest cell = rowCells.get(c);
				if (!columns.add(cell.column())) {
					throw new RuleViolation("plan-number-twice", "funding.rows[" + i + "].cells[" + c + "].column",
							cell.column());
				}
				cells.add(new FundingCell(row.no(), cell.column(), cell.amount(),
						cell.kind() == null ? MoneyKind.OPERATING : cell.kind()));
			}
		}
		var totalRequests = funding == null ? List.<ActionPlanRequest.StatedTotalRequest>of()
				: list(funding.statedTotals());
		Set<String> totalColumns = new HashSet<>();
		for (int i = 0; i < totalRequests.size(); i++) {
			var total = totalRequests.get(i);
			if (!totalColumns.add(total.column())) {
				throw new RuleViolation("plan-number-twice", "funding.statedTotals[" + i + "].column", total.column());
			}
			totals.add(new FundingTotal(total.column(),
					stated(total.asWritten(), "funding.statedTotals[" + i + "].asWritten")));
		}
		this.fundingRows = rows;
		this.fundingCells = cells;
		this.fundingTotals = totals;
	}

	private static StatedAmount stated(String asWritten, String field) {
		try {
			return StatedAmount.parseDanish(asWritten);
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("stated-total-unreadable", field, asWritten);
		}
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	Long version() {
		return Objects.requireNonNull(this.version, "not saved yet");
	}

	String name() {
		return this.name;
	}

	@Nullable String owner() {
		return this.owner;
	}

	@Nullable String adoptedBy() {
		return this.adoptedBy;
	}

	@Nullable LocalDate adoptedOn() {
		return this.adoptedOn;
	}

	@Nullable Integer firstYear() {
		return this.firstYear;
	}

	@Nullable Integer lastYear() {
		return this.lastYear;
	}

	@Nullable String purpose() {
		return this.purpose;
	}

	boolean internal() {
		return this.internal;
	}

	@Nullable Long programmeId() {
		return this.programmeId;
	}

	boolean demo() {
		return this.demo;
	}

	List<Track> tracks() {
		return this.tracks;
	}

	List<FocusArea> focusAreas() {
		return this.focusAreas;
	}

	List<Initiative> initiatives() {
		return this.initiatives;
	}

	List<Assessment> assessments() {
		return this.assessments;
	}

	List<Status> statuses() {
		return this.statuses;
	}

	List<Indicator> indicators() {
		return this.indicators;
	}

	List<IndicatorValue> indicatorValues() {
		return this.indicatorValues;
	}

	List<FundingRow> fundingRows() {
		return this.fundingRows;
	}

	List<FundingCell> fundingCells() {
		return this.fundingCells;
	}

	List<FundingTotal> fundingTotals() {
		return this.fundingTotals;
	}

}
