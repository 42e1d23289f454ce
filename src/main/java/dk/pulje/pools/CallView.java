package dk.pulje.pools;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;

/**
 * A call as the API shows it, times in Danish time: what it offered, what its decisions
 * granted, what is left, and how much of that is still available to re-post.
 */
public record CallView(long id, long version, long poolId, CallKind kind, @Nullable Long repostedFromId,
		@Nullable String title, Amount amount, String amountText, OffsetDateTime opensAt, OffsetDateTime deadline,
		CallStatus status, Amount granted, int decisions, Amount left, Amount reposted, Amount availableToRepost,
		@Nullable OffsetDateTime allocatedAt, @Nullable Integer earmark, boolean demo) {

	static CallView of(Call call, Amount reposted, OffsetDateTime now) {
		return new CallView(call.id(), call.version(), call.poolId(), call.kind(), call.repostedFromId(), call.title(),
				call.amount(), call.amount().toDanishText(), DanishTime.shown(call.opensAt()),
				DanishTime.shown(call.deadline()), call.statusAt(now), call.granted(), call.decisions(), call.left(),
				reposted, call.left().minus(reposted), DanishTime.shown(call.allocatedAt()), call.earmark(),
				call.demo());
	}

}
