package dk.pulje.casework;

/** A programme as its form posts it, every field as typed. */
public class ProgrammeForm {

	private Long version;

	private String name;

	private String kind;

	private String owner;

	private String purpose;

	private String firstYear;

	private String lastYear;

	private String statedTotal;

	private Long parentId;

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

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getFirstYear() {
		return this.firstYear;
	}

	public void setFirstYear(String firstYear) {
		this.firstYear = firstYear;
	}

	public String getLastYear() {
		return this.lastYear;
	}

	public void setLastYear(String lastYear) {
		this.lastYear = lastYear;
	}

	public String getStatedTotal() {
		return this.statedTotal;
	}

	public void setStatedTotal(String statedTotal) {
		this.statedTotal = statedTotal;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

}
