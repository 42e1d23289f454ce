package dk.pulje.money;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A stated total beside what its parts add up to. When they disagree, the record carries
 * a warning; neither figure is changed, and saving is never blocked by it.
 *
 * @param field the field that holds the stated total, as the API names it
 */
public record TotalCheck(String field, StatedAmount stated, Amount computed) {

	public boolean agrees() {
		return this.stated.agreesWith(this.computed);
	}

	/** A stable code for clients and message files. */
	@JsonProperty
	public String code() {
		return "stated-total-differs";
	}

	/** What the parts sum to, minus the stated total. */
	@JsonProperty
	public Amount difference() {
		return this.computed.minus(this.stated.amount());
	}

	/**
	 * The warning to show, or nothing when the stated total and the parts agree or there
	 * are no parts to sum.
	 */
	public static Optional<TotalCheck> disagreement(String field, @Nullable StatedAmount stated, YearlyAmounts parts) {
		if (stated == null || parts.isEmpty()) {
			return Optional.empty();
		}
		TotalCheck check = new TotalCheck(field, stated, parts.total());
		return check.agrees() ? Optional.empty() : Optional.of(check);
	}

}
