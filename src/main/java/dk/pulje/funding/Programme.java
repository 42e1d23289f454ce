package dk.pulje.funding;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
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
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private String name;

	private ProgrammeKind kind;

	private @Nullable String owner;

	private @Nullable String purpose;

	private @Nullable Integer firstYear;

	private @Nullable Integer lastYear;

	@Embedded.Nullable(prefix = "stated_total_")
	private @Nullable StatedAmount statedTotal;

	private @Nullable Long parentId;

	@MappedCollection(idColumn = "programme_id")
	private Set<ProgrammeSector> sectors = new HashSet<>();

	private final boolean demo;

	@PersistenceCreator
	Programme(@Nullable Long id, @Nullable Long version, String name, ProgrammeKind kind, @Nullable String owner,
			@Nullable String purpose, @Nullable Integer firstYear, @Nullable Integer lastYear,
			@Nullable StatedAmount statedTotal, @Nullable Long parentId, boolean demo) {
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

	static Programme record(ProgrammeRequest request, @Nullable StatedAmount statedTotal, boolean demo) {
		Programme programme = new Programme(null, null, request.name().trim(), request.kind(), null, null, null, null,
				null, null, demo);
		programme.change(request, statedTotal);
		return programme;
	}

	void change(ProgrammeRequest request, @Nullable StatedAmount statedTotal) {
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
		return Objects.requireNonNull(this.id, "not saved yet");
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

	@Nullable String owner() {
		return this.owner;
	}

	@Nullable String purpose() {
		return this.purpose;
	}

	@Nullable Integer firstYear() {
		return this.firstYear;
	}

	@Nullable Integer lastYear() {
		return this.lastYear;
	}

	@Nullable StatedAmount statedTotal() {
		return this.statedTotal;
	}

	@Nullable Long parentId() {
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
