package dk.pulje.plans.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.pulje.plans.ActionPlanView;
import dk.pulje.web.FormValues;

import static dk.pulje.web.FormValues.blank;

/**
 * The plan editor's forms as they post, every value as typed, so that a refused form
 * comes back exactly as it was filled in.
 */
final class PlanForms {

	private PlanForms() {
	}

	/**
	 * A plan's name, owner, adoption, years, purpose, visibility and programme. Internal
	 * is absent (null) when its box is not ticked, as a browser sends no value for it
	 * then.
	 */
	record Basics(Long version, String name, String owner, String adoptedBy, String adoptedOn, String firstYear,
			String lastYear, String purpose, Boolean internal, String programmeId) {

		static final Basics EMPTY = new Basics(null, null, null, null, null, null, null, null, false, null);

		static Basics of(ActionPlanView plan) {
			return new Basics(plan.version(), plan.name(), plan.owner(), plan.adoptedBy(), text(plan.adoptedOn()),
					text(plan.firstYear()), text(plan.lastYear()), plan.purpose(), plan.internal(),
					text(plan.programmeId()));
		}

		private static String text(Object value) {
			return value == null ? null : value.toString();
		}

	}

	/**
	 * A track with its focus areas and initiatives, one row per area and initiative; a
	 * row left empty is no row.
	 */
	static class Track {

		private Long version;

		private String no;

		private String title;

		private String description;

		private List<Row> areas = new ArrayList<>();

		private List<Row> initiatives = new ArrayList<>();

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public List<Row> getAreas() {
			return this.areas;
		}

		public void setAreas(List<Row> areas) {
			this.areas = areas;
		}

		public List<Row> getInitiatives() {
			return this.initiatives;
		}

		public void setInitiatives(List<Row> initiatives) {
			this.initiatives = initiatives;
		}

	}

	/**
	 * A focus area (number and title) or an initiative (also its focus area, partners,
	 * description and the programme that pays for it).
	 */
	static class Row {

		private String no;

		private String area;

		private String title;

		private String partners;

		private String description;

		private String programme;

		boolean isEmpty() {
			return blank(this.no) && blank(this.area) && blank(this.title) && blank(this.partners)
					&& blank(this.description) && blank(this.programme);
		}

		public String getProgramme() {
			return this.programme;
		}

		public void setProgramme(String programme) {
			this.programme = programme;
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public String getArea() {
			return this.area;
		}

		public void setArea(String area) {
			this.area = area;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getPartners() {
			return this.partners;
		}

		public void setPartners(String partners) {
			this.partners = partners;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/**
	 * A reporting year: each track's assessment and reasoning, each initiative's status
	 * and summary, and each indicator's value, keyed by their numbers.
	 */
	static class Year {

		private Long version;

		private Map<String, String> progress = new LinkedHashMap<>();

		private Map<String, String> reasoning = new LinkedHashMap<>();

		private Map<String, String> status = new LinkedHashMap<>();

		private Map<String, String> summary = new LinkedHashMap<>();

		private Map<String, String> value = new LinkedHashMap<>();

		private Map<String, String> approximate = new LinkedHashMap<>();

		private Map<String, String> note = new LinkedHashMap<>();

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public Map<String, String> getProgress() {
			return this.progress;
		}

		public void setProgress(Map<String, String> progress) {
			this.progress = progress;
		}

		public Map<String, String> getReasoning() {
			return this.reasoning;
		}

		public void setReasoning(Map<String, String> reasoning) {
			this.reasoning = reasoning;
		}

		public Map<String, String> getStatus() {
			return this.status;
		}

		public void setStatus(Map<String, String> status) {
			this.status = status;
		}

		public Map<String, String> getSummary() {
			return this.summary;
		}

		public void setSummary(Map<String, String> summary) {
			this.summary = summary;
		}

		public Map<String, String> getValue() {
			return this.value;
		}

		public void setValue(Map<String, String> value) {
			this.value = value;
		}

		public Map<String, String> getApproximate() {
			return this.approximate;
		}

		public void setApproximate(Map<String, String> approximate) {
			this.approximate = approximate;
		}

		public Map<String, String> getNote() {
			return this.note;
		}

		public void setNote(Map<String, String> note) {
			this.note = note;
		}

	}

	/** The plan's indicators, one row each; a row left empty is no indicator. */
	static class Indicators {

		private Long version;

		private List<IndicatorRow> rows = new ArrayList<>();

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public List<IndicatorRow> getRows() {
			return this.rows;
		}

		public void setRows(List<IndicatorRow> rows) {
			this.rows = rows;
		}

	}

	/** An indicator: its number, name, unit, baseline and target, as typed. */
	static class IndicatorRow {

		private String no;

		private String name;

		private String unit;

		private String baseline;

		private String target;

		boolean isEmpty() {
			return blank(this.no) && blank(this.name) && blank(this.unit) && blank(this.baseline) && blank(this.target);
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getBaseline() {
			return this.baseline;
		}

		public void setBaseline(String baseline) {
			this.baseline = baseline;
		}

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

	}

	/**
	 * The funding table: its rows, each with an amount and whether it is capital per
	 * column, and the totals as the plan prints them per column.
	 */
	static class Funding {

		private Long version;

		private List<FundingRow> rows = new ArrayList<>();

		private Map<String, String> stated = new LinkedHashMap<>();

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public List<FundingRow> getRows() {
			return this.rows;
		}

		public void setRows(List<FundingRow> rows) {
			this.rows = rows;
		}

		public Map<String, String> getStated() {
			return this.stated;
		}

		public void setStated(Map<String, String> stated) {
			this.stated = stated;
		}

	}

	/**
	 * A row of the funding table: number, group, label, initiative, and per column an
	 * amount and a capital mark.
	 */
	static class FundingRow {

		private String no;

		private String group;

		private String label;

		private String initiative;

		private Map<String, String> amount = new LinkedHashMap<>();

		private Map<String, String> capital = new LinkedHashMap<>();

		boolean isEmpty() {
			return blank(this.no) && blank(this.group) && blank(this.label) && blank(this.initiative)
					&& this.amount.values().stream().allMatch(FormValues::blank);
		}

		public String getNo() {
			return this.no;
		}

		public void setNo(String no) {
			this.no = no;
		}

		public String getGroup() {
			return this.group;
		}

		public void setGroup(String group) {
			this.group = group;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getInitiative() {
			return this.initiative;
		}

		public void setInitiative(String initiative) {
			this.initiative = initiative;
		}

		public Map<String, String> getAmount() {
			return this.amount;
		}

		public void setAmount(Map<String, String> amount) {
			this.amount = amount;
		}

		public Map<String, String> getCapital() {
			return this.capital;
		}

		public void setCapital(Map<String, String> capital) {
			this.capital = capital;
		}

	}

}
