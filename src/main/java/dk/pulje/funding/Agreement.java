package dk.pulje.funding;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A political agreement that sets money aside, such as "Satspuljeaftalen for 2016". */
@Table("agreement")
class Agreement {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private String name;

	private AgreementKind kind;

	private @Nullable Integer agreementYear;

	private final boolean demo;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Agreement(@Nullable Long id, @Nullable Long version, String name, AgreementKind kind,
			@Nullable Integer agreementYear, boolean demo) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.kind = kind;
		this.agreementYear = agreementYear;
		this.demo = demo;
	}

	static Agreement record(AgreementRequest request, boolean demo) {
		return new Agreement(null, null, request.name().trim(), request.kind(), request.year(), demo);
	}

	void change(AgreementRequest request) {
		this.name = request.name().trim();
		this.kind = request.kind();
		this.agreementYear = request.year();
	}

	/**
	 * The name as a person would compare it: case, spacing and the "for" in
	 * "Satspuljeaftalen for 2016" do not make a second agreement.
	 */
	static String comparable(String name) {
		return name.toLowerCase().replaceAll("\\s+for\\s+", " ").replaceAll("\\s+", " ").trim();
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	AgreementView view() {
		return new AgreementView(id(), version(), this.name, this.kind, this.agreementYear, this.demo);
	}

}
