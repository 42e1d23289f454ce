package dk.pulje.pools;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.lang.Contract;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RuleViolation;

/**
 * One posting of a pool's money, open from one moment to its deadline (both to the
 * second). It keeps the running sum of what its decisions granted and refuses a grant
 * that would take it past what it offered; once its allocation is complete, what is left
 * can be re-posted as a new call.
 */
@Table("pool_call")
class Call {

	@Id
	private @Nullable Long id;

	@Version
	private @Nullable Long version;

	private final Long poolId;

	private final CallKind kind;

	private final @Nullable Long repostedFromId;

	private @Nullable String title;

	private final Amount amount;

	private OffsetDateTime opensAt;

	private OffsetDateTime deadline;

	private Amount granted;

	private int decisions;

	private @Nullable OffsetDateTime allocatedAt;

	private final boolean demo;

	/**
	 * Which of the pool's earmarks the call offers (1 for the first), or null when it
	 * offers the pool's free money: what is neither earmarked nor offered by another
	 * call.
	 */
	private @Nullable Integer earmark;

	// The repository fills in the other fields from the stored row
	@SuppressWarnings("NullAway.Init")
	@PersistenceCreator
	Call(@Nullable Long id, @Nullable Long version, Long poolId, CallKind kind, @Nullable Long repostedFromId,
			@Nullable String title, Amount amount, OffsetDateTime opensAt, OffsetDateTime deadline, Amount granted,
			int decisions, @Nullable OffsetDateTime allocatedAt, boolean demo) {
		this.id = id;
		this.version = version;
		this.poolId = poolId;
		this.kind = kind;
		this.repostedFromId = repostedFromId;
		this.title = title;
		this.amount = amount;
		this.opensAt = opensAt;
		this.deadline = deadline;
		this.granted = granted;
		this.decisions = decisions;
		this.allocatedAt = allocatedAt;
		this.demo = demo;
	}

	/** A call as {@link CallRows} reads it from its row. */
	static Call stored(Long id, Long version, Long poolId, CallKind kind, @Nullable Long repostedFromId,
			@Nullable String title, Amount amount, OffsetDateTime opensAt, OffsetDateTime deadline, Amount granted,
			int decisions, @Nullable OffsetDateTime allocatedAt, boolean demo, @Nullable Integer earmark) {
		Call call = new Call(id, version, poolId, kind, repostedFromId, title, amount, opensAt, deadline, granted,
				decisions, allocatedAt, demo);
		call.earmark = earmark;
		return call;
	}

	/**
	 * Posts a pool's free money, or one of its earmarks.
	 * @param earmark the number of the earmark the call offers, or null for the pool's
	 * free money
	 * @param available what of that money no other first call offers yet
	 */
	static Call post(long poolId, @Nullable String title, @Nullable Amount amount, @Nullable Integer earmark,
			Amount available, OffsetDateTime opensAt, OffsetDateTime deadline, boolean demo) {
		requirePositive(amount);
		if (amount.isGreaterThan(available)) {
			throw earmark == null ? new RuleViolation("call-exceeds-pool", "amount", amount, available)
					: new RuleViolation("call-exceeds-earmark", "amount", amount, available, earmark);
		}
		requireOrder(opensAt, deadline);
		Call call = new Call(null, null, poolId, CallKind.FIRST, null, title, amount, opensAt, deadline, Amount.ZERO, 0,
				null, demo);
		call.earmark = earmark;
		return call;
	}

	@Nullable Integer earmark() {
		return this.earmark;
	}

	/**
	 * Re-posts what this call left, or a chosen part of it, as a new call of the same
	 * pool.
	 * @param alreadyReposted what earlier re-posts of this call offer already
	 * @param amount the part to re-post; all that is left when null
	 */
	Call repost(@Nullable String newTitle, @Nullable Amount amount, Amount alreadyReposted, OffsetDateTime newOpensAt,
			OffsetDateTime newDeadline, boolean asDemo) {
		if (this.allocatedAt == null) {
			throw new RuleViolation("repost-before-allocation", "callId", this.id);
		}
		Amount available = left().minus(alreadyReposted);
		Amount offered = amount == null ? available : amount;
		requirePositive(offered);
		if (offered.isGreaterThan(available)) {
			throw new RuleViolation("repost-exceeds-left", "amount", offered, available);
		}
		if (newOpensAt.isBefore(this.deadline)) {
			throw new RuleViolation("repost-opens-before-deadline", "opensAt", DanishTime.shown(this.deadline));
		}
		requireOrder(newOpensAt, newDeadline);
		Call repost = new Call(null, null, this.poolId, CallKind.REPOST, this.id, newTitle, offered, newOpensAt,
				newDeadline, Amount.ZERO, 0, null, asDemo);
		repost.earmark = this.earmark;
		return repost;
	}

	/**
	 * Records a decision on an application to this call. Refuses before the deadline,
	 * after the allocation is complete, and when the grant would take the call past what
	 * it offered, by as little as one øre.
	 */
	void recordDecision(Amount grant, OffsetDateTime now) {
		if (!now.isAfter(this.deadline)) {
			throw new RuleViolation("decision-before-deadline", "callId", DanishTime.shown(this.deadline));
		}
		if (this.allocatedAt != null) {
			throw new RuleViolation("call-allocation-complete", "callId", this.id);
		}
		if (grant.isNegative()) {
			throw new RuleViolation("amount-not-positive", "amount", grant);
		}
		if (grant.isGreaterThan(left())) {
			throw new RuleViolation("over-allocation", "grantedByYear", grant, left(), this.amount);
		}
		this.granted = this.granted.plus(grant);
		this.decisions++;
	}

	/**
	 * Declares the call's allocation complete (udmøntet): what is left is now final and
	 * may be re-posted.
	 */
	void completeAllocation(OffsetDateTime now) {
		if (!now.isAfter(this.deadline)) {
			throw new RuleViolation("allocation-before-deadline", "callId", DanishTime.shown(this.deadline));
		}
		if (this.allocatedAt != null) {
			throw new RuleViolation("call-allocation-complete", "callId", this.id);
		}
		this.allocatedAt = now;
	}

	/**
	 * Moves the call's opening and deadline, and renames it, while no decision has been
	 * taken on it; its amount is what applicants applied against, and stays.
	 */
	void reschedule(@Nullable String newTitle, @Nullable Amount sameAmount, OffsetDateTime newOpensAt,
			OffsetDateTime newDeadline) {
		if (!this.amount.equals(sameAmount)) {
			throw new RuleViolation("call-amount-fixed", "amount", this.amount);
		}
		if (this.decisions > 0 || this.allocatedAt != null) {
			throw new RuleViolation("call-already-decided", "deadline", this.id);
		}
		requireOrder(newOpensAt, newDeadline);
		this.title = newTitle;
		this.opensAt = newOpensAt;
		this.deadline = newDeadline;
	}

	/**
	 * Open from its first second to its deadline's, both included; a second later it is
	 * closed.
	 */
	boolean isOpenAt(OffsetDateTime now) {
		return !now.isBefore(this.opensAt) && !now.isAfter(this.deadline);
	}

	/** Refuses, naming the call's window, an application that arrives outside it. */
	void requireOpenAt(OffsetDateTime at) {
		if (!isOpenAt(at)) {
			throw new RuleViolation("call-not-open", "callId", DanishTime.shown(this.opensAt),
					DanishTime.shown(this.deadline), DanishTime.shown(at));
		}
	}

	CallStatus statusAt(OffsetDateTime now) {
		if (this.allocatedAt != null) {
			return CallStatus.ALLOCATED;
		}
		if (now.isBefore(this.opensAt)) {
			return CallStatus.UPCOMING;
		}
		return now.isAfter(this.deadline) ? CallStatus.CLOSED : CallStatus.OPEN;
	}

	Amount left() {
		return this.amount.minus(this.granted);
	}

	@Contract("null -> fail")
	private static void requirePositive(@Nullable Amount amount) {
		if (amount == null || !amount.isPositive()) {
			throw new RuleViolation("amount-not-positive", "amount", amount == null ? "" : amount);
		}
	}

	private static void requireOrder(OffsetDateTime opensAt, OffsetDateTime deadline) {
		if (!opensAt.isBefore(deadline)) {
			throw new RuleViolation("deadline-before-opening", "deadline");
		}
	}

	Long id() {
		return Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	Long poolId() {
		return this.poolId;
	}

	CallKind kind() {
		return this.kind;
	}

	@Nullable Long repostedFromId() {
		return this.repostedFromId;
	}

	@Nullable String title() {
		return this.title;
	}

	Amount amount() {
		return this.amount;
	}

	OffsetDateTime opensAt() {
		return this.opensAt;
	}

	OffsetDateTime deadline() {
		return this.deadline;
	}

	Amount granted() {
		return this.granted;
	}

	int decisions() {
		return this.decisions;
	}

	@Nullable OffsetDateTime allocatedAt() {
		return this.allocatedAt;
	}

	boolean demo() {
		return this.demo;
	}

}
