package dk.pulje.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool as its form posts it, every field as typed: the rules, who may apply, the
 * content areas, the money by year, earmarks, the project period, the announcement and
 * the reporting rules. Rows left empty are ignored.
 */
public class PoolForm {

	private Long version;

	private String name;

	private String purpose;

	private String authority;

	private Long programmeId;

	private String applicationForm;

	private List<String> eligibleTypes = new ArrayList<>();

	private List<Area> areas = new ArrayList<>();

	private List<YearAmount> years = new ArrayList<>();

	private String statedTotal;

	private List<Earmark> earmarks = new ArrayList<>();

	private String periodStart;

	private String periodEnd;

	private String announced;

	private String announcedInYear;

	private List<Report> reports = new ArrayList<>();

	/**
	 * A content area: its name, what it covers, examples; the code stays when the name is
	 * edited.
	 */
	public static class Area {

		private String code;

		private String name;

		private String description;

		private String examples;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getExamples() {
			return this.examples;
		}

		public void setExamples(String examples) {
			this.examples = examples;
		}

		boolean isBlank() {
			return Typed.blank(this.name) && Typed.blank(this.description) && Typed.blank(this.examples);
		}

	}

	/** The amount of one year. */
	public static class YearAmount {

		private String year;

		private String amount;

		public String getYear() {
			return this.year;
		}

		public void setYear(String year) {
			this.year = year;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		boolean isBlank() {
			return Typed.blank(this.year) && Typed.blank(this.amount);
		}

	}

	/** A part of the pool set aside for a purpose. */
	public static class Earmark {

		private String description;

		private String amount;

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		boolean isBlank() {
			return Typed.blank(this.description) && Typed.blank(this.amount);
		}

	}

	/** A report every granted project owes. */
	public static class Report {

		private String kind;

		private String monthsAfterEnd;

		private boolean auditedAccounts;

		private String contents;

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getMonthsAfterEnd() {
			return this.monthsAfterEnd;
		}

		public void setMonthsAfterEnd(String monthsAfterEnd) {
			this.monthsAfterEnd = monthsAfterEnd;
		}

		public boolean isAuditedAccounts() {
			return this.auditedAccounts;
		}

		public void setAuditedAccounts(boolean auditedAccounts) {
			this.auditedAccounts = auditedAccounts;
		}

		public String getContents() {
			return this.contents;
		}

		public void setContents(String contents) {
			this.contents = contents;
		}

		boolean isBlank() {
			return Typed.blank(this.kind) && Typed.blank(this.monthsAfterEnd) && Typed.blank(this.contents);
		}

	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getAuthority() {
		return this.authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public Long getProgrammeId() {
		return this.programmeId;
	}

	public void setProgrammeId(Long programmeId) {
		this.programmeId = programmeId;
	}

	public String getApplicationForm() {
		return this.applicationForm;
	}

	public void setApplicationForm(String applicationForm) {
		this.applicationForm = applicationForm;
	}

	public List<String> getEligibleTypes() {
		return this.eligibleTypes;
	}

	public void setEligibleTypes(List<String> eligibleTypes) {
		this.eligibleTypes = eligibleTypes;
	}

	public List<Area> getAreas() {
		return this.areas;
	}

	public void setAreas(List<Area> areas) {
		this.areas = areas;
	}

	public List<YearAmount> getYears() {
		return this.years;
	}

	public void setYears(List<YearAmount> years) {
		this.years = years;
	}

	public String getStatedTotal() {
		return this.statedTotal;
	}

	public void setStatedTotal(String statedTotal) {
		this.statedTotal = statedTotal;
	}

	public List<Earmark> getEarmarks() {
		return this.earmarks;
	}

	public void setEarmarks(List<Earmark> earmarks) {
		this.earmarks = earmarks;
	}

	public String getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(String periodStart) {
		this.periodStart = periodStart;
	}

	public String getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(String periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getAnnounced() {
		return this.announced;
	}

	public void setAnnounced(String announced) {
		this.announced = announced;
	}

	public String getAnnouncedInYear() {
		return this.announcedInYear;
	}

	public void setAnnouncedInYear(String announcedInYear) {
		this.announcedInYear = announcedInYear;
	}

	public List<Report> getReports() {
		return this.reports;
	}

	public void setReports(List<Report> reports) {
		this.reports = reports;
	}

}
