package dk.pulje.funding;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A political agreement that sets money aside, such as "Satspuljeaftalen for 2016". */
@Table("agreement")
class Agreement {

	@Id
	private Long id;

	@Version
	private Long version;

	private String name;

	private AgreementKind kind;

	private Integer agreementYear;

	private final boolean demo;

	@PersistenceCreator
	Agreement(Long id, Long version, String name, AgreementKind kind, Integer agreementYear, boolean demo) {
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
		return this.id;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	AgreementView view() {
		return new AgreementView(this.id, version(), this.name, this.kind, this.agreementYear, this.demo);
	}

}
