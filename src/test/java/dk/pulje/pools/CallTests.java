package dk.pulje.pools;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import dk.pulje.money.Amount;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTests {

	private static final OffsetDateTime OPENS = DanishTime.at(LocalDateTime.of(2017, 10, 2, 9, 0));

	private static final OffsetDateTime DEADLINE = DanishTime.at(LocalDateTime.of(2017, 12, 11, 12, 0));

	private static final OffsetDateTime AFTER = DEADLINE.plusDays(30);

	private static Call seed001FirstCall() {
		return Call.post(1L, "Første opslag", Amount.ofMillions("200"), null, Amount.ofMillions("200"), OPENS, DEADLINE,
				false);
	}

	@Test
	void isOpenUpToAndIncludingTheDeadlinesSecond() {
		Call call = seed001FirstCall();

		assertThat(call.isOpenAt(DEADLINE)).isTrue();
		assertThat(call.isOpenAt(DEADLINE.plusSeconds(1))).isFalse();
		assertThat(call.isOpenAt(OPENS.minusSeconds(1))).isFalse();
		assertThat(call.isOpenAt(OPENS)).isTrue();
	}

	@Test
	void cannotOfferMoreThanThePoolHasLeftToOffer() {
		assertThatThrownBy(() -> Call.post(1L, null, Amount.ofMillions("200").plus(Amount.ofOre(1)), null,
				Amount.ofMillions("200"), OPENS, DEADLINE, false))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.rule()).isEqualTo("call-exceeds-pool"));
	}

	@Test
	void refusesAGrantThatExceedsWhatIsLeftByOneOre() {
		Call call = seed001FirstCall();
		call.recordDecision(Amount.ofMillions("149.2"), AFTER);

		assertThatThrownBy(() -> call.recordDecision(Amount.ofMillions("50.8").plus(Amount.ofOre(1)), AFTER))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.rule()).isEqualTo("over-allocation");
				assertThat(ex.field()).isEqualTo("grantedByYear");
			});
		assertThat(call.left()).isEqualTo(Amount.ofMillions("50.8"));
	}

	@Test
	void acceptsAGrantOfExactlyWhatIsLeft() {
		Call call = seed001FirstCall();
		call.recordDecision(Amount.ofMillions("149.2"), AFTER);
		call.recordDecision(Amount.ofMillions("50.8"), AFTER);

		assertThat(call.left()).isEqualTo(Amount.ZERO);
	}

	@Test
	void refusesDecisionsBeforeTheDeadline() {
		Call call = seed001FirstCall();

		assertThatThrownBy(() -> call.recordDecision(Amount.ofMillions("1"), DEADLINE)).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.rule()).isEqualTo("decision-before-deadline"));
	}

	@Test
	void rePostsWhatIsLeftOnceTheAllocationIsComplete() {
		// Seed 001: 200 mio. kr. posted, 149,2 mio. kr. granted, 50,8 mio. kr. re-posted
		// with deadline 8 June 2018.
		Call call = seed001FirstCall();
		call.recordDecision(Amount.ofMillions("149.2"), AFTER);
		call.completeAllocation(AFTER);

		Call repost = call.repost("Genopslag", null, Amount.ZERO, DanishTime.at(LocalDateTime.of(2018, 3, 1, 9, 0)),
				DanishTime.at(LocalDateTime.of(2018, 6, 8, 12, 0)), false);

		assertThat(repost.amount()).isEqualTo(Amount.ofMillions("50.8"));
		assertThat(repost.kind()).isEqualTo(CallKind.REPOST);
	}

	@Test
	void refusesToRePostBeforeTheAllocationIsComplete() {
		Call call = seed001FirstCall();
		call.recordDecision(Amount.ofMillions("149.2"), AFTER);

		assertThatThrownBy(() -> call.repost(null, null, Amount.ZERO, AFTER, AFTER.plusDays(30), false))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.rule()).isEqualTo("repost-before-allocation"));
	}

	@Test
	void refusesToRePostMoreThanIsLeftOrWhatAnEarlierRePostOffersAlready() {
		Call call = seed001FirstCall();
		call.recordDecision(Amount.ofMillions("149.2"), AFTER);
		call.completeAllocation(AFTER);

		assertThatThrownBy(() -> call.repost(null, Amount.ofMillions("50.8").plus(Amount.ofOre(1)), Amount.ZERO, AFTER,
				AFTER.plusDays(30), false))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.rule()).isEqualTo("repost-exceeds-left"));
		assertThatThrownBy(() -> call.repost(null, Amount.ofMillions("1"), Amount.ofMillions("50.8"), AFTER,
				AFTER.plusDays(30), false))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.rule()).isEqualTo("repost-exceeds-left"));
	}

	@Test
	void rePostsAChosenPartOfWhatIsLeft() {
		Call call = seed001FirstCall();
		call.recordDecision(Amount.ofMillions("149.2"), AFTER);
		call.completeAllocation(AFTER);

		Call repost = call.repost(null, Amount.ofMillions("30"), Amount.ZERO, AFTER, AFTER.plusDays(30), false);

		assertThat(repost.amount()).isEqualTo(Amount.ofMillions("30"));
	}

}
