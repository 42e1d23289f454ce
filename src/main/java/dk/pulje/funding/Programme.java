package dk.pulje.funding;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.money.StatedAmount;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.rules.RuleViolation;

/**
 * A programme, strategy, action plan or initiative: a named frame of money with an owner
 * and a period. Its total is kept as the source states it; what its appropriations add up
 * to is computed, never typed.
 */
@Table("programme")
class Programme {

	@Id
	private Long id;

	@Version
	private Long version;

	private String name;

	private ProgrammeKind kind;

	private String owner;

	private String purpose;

	private Integer firstYear;

	private Integer lastYear;

	@Embedded.Nullable(prefix = "stated_total_")
	private StatedAmount statedTotal;

	private Long parentId;

	@org.springframework.data.relational.core.mapping.MappedCollection(idColumn = "programme_id")
	private Set<ProgrammeSector> sectors = new HashSet<>();

	private final boolean demo;

	@PersistenceCreator
	Programme(Long id, Long version, String name, ProgrammeKind kind, String owner, String purpose, Integer firstYear,
			Integer lastYear, StatedAmount statedTotal, Long parentId, boolean demo) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.kind = kind;
		this.owner = owner;
		this.purpose = purpose;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.statedTotal = statedTotal;
		this.parentId = parentId;
		this.demo = demo;
	}

	static Programme record(ProgrammeRequest request, StatedAmount statedTotal, boolean demo) {
		Programme programme = new Programme(null, null, null, null, null, null, null, null, null, null, demo);
		programme.change(request, statedTotal);
		return programme;
	}

	void change(ProgrammeRequest request, StatedAmount statedTotal) {
		if (request.firstYear() != null && request.lastYear() != null && request.lastYear() < request.firstYear()) {
			throw new RuleViolation("years-out-of-order", "lastYear", request.firstYear(), request.lastYear());
		}
		if (this.id != null && this.id.equals(request.parentId())) {
			throw new RuleViolation("programme-own-parent", "parentId");
		}
		this.name = request.name().trim();
		this.sectors = new HashSet<>(
				request.sectors() == null ? Set.of() : request.sectors().stream().map(ProgrammeSector::new).toList());
		this.kind = request.kind();
		this.owner = request.owner();
		this.purpose = request.purpose();
		this.firstYear = request.firstYear();
		this.lastYear = request.lastYear();
		this.statedTotal = statedTotal;
		this.parentId = request.parentId();
	}

	/**
	 * Whether money for this year belongs inside the programme's period (any year when it
	 * has none).
	 */
	boolean runsIn(int year) {
		return (this.firstYear == null || year >= this.firstYear) && (this.lastYear == null || year <= this.lastYear);
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	String name() {
		return this.name;
	}

	ProgrammeKind kind() {
		return this.kind;
	}

	String owner() {
		return this.owner;
	}

	String purpose() {
		return this.purpose;
	}

	Integer firstYear() {
		return this.firstYear;
	}

	Integer lastYear() {
		return this.lastYear;
	}

	StatedAmount statedTotal() {
		return this.statedTotal;
	}

	Long parentId() {
		return this.parentId;
	}

	boolean demo() {
		return this.demo;
	}

	Set<OrganisationType> sectors() {
		return EnumSet.copyOf(this.sectors.stream()
			.map(ProgrammeSector::organisationType)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationType.class))));
	}

}
