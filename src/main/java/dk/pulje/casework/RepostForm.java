package dk.pulje.casework;

import org.jspecify.annotations.Nullable;

import dk.pulje.pools.CallView;
import dk.pulje.web.Formats;

/**
 * What a completed call did not award, re-posted as a new call, as its form posts it: a
 * title, the amount (empty for all that is left), the opening and the deadline in Danish
 * time.
 */
record RepostForm(@Nullable Long version, @Nullable String title, @Nullable String amount, @Nullable String opensAt,
		@Nullable String deadline) {

	static final RepostForm EMPTY = new RepostForm(null, null, null, null, null);

	/** A re-post of all that the call has left. */
	static RepostForm of(CallView call, Formats formats) {
		return new RepostForm(call.version(), null, formats.input(call.availableToRepost()), null, null);
	}

}
