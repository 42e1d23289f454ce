package dk.pulje.organisations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.Cvr;
import dk.pulje.rules.RuleViolation;

/**
 * An organisation that can apply, alone or with partners. Municipalities and regions
 * carry their official code (and a municipality its region); every other organisation is
 * known by its CVR number.
 */
@Table("organisation")
public class Organisation {

	@Id
	private Long id;

	@Version
	private Long version;

	private String name;

	private final OrganisationType organisationType;

	private Cvr cvr;

	private final String officialCode;

	private final Long regionId;

	private final boolean demo;

	@PersistenceCreator
	Organisation(Long id, Long version, String name, OrganisationType organisationType, Cvr cvr, String officialCode,
			Long regionId, boolean demo) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.organisationType = organisationType;
		this.cvr = cvr;
		this.officialCode = officialCode;
		this.regionId = regionId;
		this.demo = demo;
	}

	static Organisation register(String name, OrganisationType type, Cvr cvr, String officialCode, Long regionId,
			boolean demo) {
		if (type.hasOfficialCode() && (officialCode == null || !officialCode.matches("\\d{3,4}"))) {
			throw new RuleViolation("official-code-required", "officialCode");
		}
		if (!type.hasOfficialCode() && officialCode != null) {
			throw new RuleViolation("official-code-only-public", "officialCode");
		}
		if (!type.hasOfficialCode() && cvr == null) {
			throw new RuleViolation("cvr-required", "cvr");
		}
		if (type != OrganisationType.MUNICIPALITY && regionId != null) {
			throw new RuleViolation("region-only-for-municipality", "regionId");
		}
		return new Organisation(null, null, name.trim(), type, cvr, officialCode, regionId, demo);
	}

	void rename(String newName, Cvr newCvr) {
		if (!this.organisationType.hasOfficialCode() && newCvr == null) {
			throw new RuleViolation("cvr-required", "cvr");
		}
		this.name = newName.trim();
		this.cvr = newCvr;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public String name() {
		return this.name;
	}

	public OrganisationType type() {
		return this.organisationType;
	}

	public Cvr cvr() {
		return this.cvr;
	}

	public String officialCode() {
		return this.officialCode;
	}

	public Long regionId() {
		return this.regionId;
	}

	public boolean demo() {
		return this.demo;
	}

}
