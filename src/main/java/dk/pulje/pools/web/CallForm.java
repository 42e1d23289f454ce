package dk.pulje.pools.web;

import org.jspecify.annotations.Nullable;

import dk.pulje.pools.CallView;
import dk.pulje.web.Formats;

/**
 * A call as its form posts it, new or changed: a title, the amount, the opening and the
 * deadline in Danish time, and the earmark it offers (its number; empty for the pool's
 * free money).
 */
record CallForm(@Nullable Long version, @Nullable String title, @Nullable String amount, @Nullable String opensAt,
		@Nullable String deadline, @Nullable String earmark) {

	static final CallForm EMPTY = new CallForm(null, null, null, null, null, null);

	/** The call's form as the call stands. */
	static CallForm of(CallView call, Formats formats) {
		return new CallForm(call.version(), call.title(), formats.input(call.amount()),
				call.opensAt().toLocalDateTime().toString(), call.deadline().toLocalDateTime().toString(), null);
	}

	/**
	 * The form as typed, showing the amount the call keeps: a posted call's amount does
	 * not change.
	 */
	CallForm withAmountOf(CallView call, Formats formats) {
		return new CallForm(this.version, this.title, formats.input(call.amount()), this.opensAt, this.deadline,
				this.earmark);
	}

}
