package dk.pulje.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.rules.RuleViolation;

/**
 * A call's recommendation list (indstilling): drawn up by caseworkers one application at
 * a time, submitted as a whole to whoever decides, and decided as a whole on the day the
 * decision-maker gives. Every change to one of its recommendations saves the list too, so
 * that a list is never submitted or decided while someone changes it unseen.
 */
@Table("recommendation_list")
class RecommendationList {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private Long callId;

	private RecommendationStatus status;

	private @Nullable String submittedBy;

	private @Nullable OffsetDateTime submittedAt;

	private @Nullable String decidedBy;

	private @Nullable LocalDate decidedOn;

	private @Nullable OffsetDateTime decidedAt;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	RecommendationList(@Nullable Long id, @Nullable Long version) {
		this.id = id;
		this.version = version;
	}

	static RecommendationList of(long callId) {
		RecommendationList list = new RecommendationList(null, null);
		list.callId = callId;
		list.status = RecommendationStatus.DRAFT;
		return list;
	}

	/** A recommendation can be drawn up or changed while the list is a draft. */
	void requireDraft() {
		if (this.status != RecommendationStatus.DRAFT) {
			throw new RuleViolation("recommendation-list-not-draft", "status", this.status);
		}
	}

	/** The decision-maker changes and decides a list once it is submitted. */
	void requireSubmitted() {
		if (this.status != RecommendationStatus.SUBMITTED) {
			throw new RuleViolation("recommendation-list-not-submitted", "status", this.status);
		}
	}

	void submit(String by, OffsetDateTime at) {
		requireDraft();
		this.status = RecommendationStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	void decided(String by, LocalDate on, OffsetDateTime at) {
		requireSubmitted();
		this.status = RecommendationStatus.DECIDED;
		this.decidedBy = by;
		this.decidedOn = on;
		this.decidedAt = at;
	}

	@Nullable Long id() {
		return this.id;
	}

	Long savedId() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	Long callId() {
		return this.callId;
	}

	RecommendationStatus status() {
		return this.status;
	}

	@Nullable String submittedBy() {
		return this.submittedBy;
	}

	@Nullable OffsetDateTime submittedAt() {
		return this.submittedAt;
	}

	@Nullable String decidedBy() {
		return this.decidedBy;
	}

	@Nullable LocalDate decidedOn() {
		return this.decidedOn;
	}

	@Nullable OffsetDateTime decidedAt() {
		return this.decidedAt;
	}

}
