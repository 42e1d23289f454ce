package dk.pulje.portal;

import java.util.ArrayList;
import java.util.List;

import static dk.pulje.web.FormValues.blank;

/**
 * What a step of the application form posts: the fields as typed, so that a wrong one can
 * be shown back as it was written. Only the current step's fields are used; the rest of
 * the draft stays as stored.
 */
public class DraftForm {

	private Long version;

	private String title;

	private Long leadOrganisationId;

	private String contentAreaCode;

	private String summary;

	private String goals;

	private List<Long> partnerIds = new ArrayList<>();

	private Long addPartner;

	private List<Line> budgetLines = new ArrayList<>();

	private String go;

	/** A budget line as typed: year, what for, and the amount in kroner. */
	public static class Line {

		private String year;

		private String description;

		private String amount;

		public Line() {
		}

		Line(String year, String description, String amount) {
			this.year = year;
			this.description = description;
			this.amount = amount;
		}

		public String getYear() {
			return this.year;
		}

		public void setYear(String year) {
			this.year = year;
		}

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
			return blank(this.year) && blank(this.description) && blank(this.amount);
		}

	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public void setLeadOrganisationId(Long leadOrganisationId) {
		this.leadOrganisationId = leadOrganisationId;
	}

	public String getContentAreaCode() {
		return this.contentAreaCode;
	}

	public void setContentAreaCode(String contentAreaCode) {
		this.contentAreaCode = contentAreaCode;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public List<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(List<Long> partnerIds) {
		this.partnerIds = partnerIds;
	}

	public Long getAddPartner() {
		return this.addPartner;
	}

	public void setAddPartner(Long addPartner) {
		this.addPartner = addPartner;
	}

	public List<Line> getBudgetLines() {
		return this.budgetLines;
	}

	public void setBudgetLines(List<Line> budgetLines) {
		this.budgetLines = budgetLines;
	}

	public String getGo() {
		return this.go;
	}

	public void setGo(String go) {
		this.go = go;
	}

}
