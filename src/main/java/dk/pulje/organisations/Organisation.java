package dk.pulje.organisations;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
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
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private String name;

	private final OrganisationType organisationType;

	private Cvr cvr;

	private final @Nullable String officialCode;

	private final @Nullable Long regionId;

	private final boolean demo;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Organisation(@Nullable Long id, @Nullable Long version, String name, OrganisationType organisationType, Cvr cvr,
			@Nullable String officialCode, @Nullable Long regionId, boolean demo) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.organisationType = organisationType;
		this.cvr = cvr;
		this.officialCode = officialCode;
		this.regionId = regionId;
		this.demo = demo;
	}

	static Organisation register(String name, OrganisationType type, Cvr cvr, @Nullable String officialCode,
			@Nullable Long regionId, boolean demo) {
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
		return Objects.requireNonNull(this.id, "not saved yet");
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

	public @Nullable String officialCode() {
		return this.officialCode;
	}

	public @Nullable Long regionId() {
		return this.regionId;
	}

	public boolean demo() {
		return this.demo;
	}

}
