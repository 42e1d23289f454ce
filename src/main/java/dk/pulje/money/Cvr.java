package dk.pulje.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A Danish business registration number (CVR): eight digits, not starting with 0, whose
 * weighted sum with the weights 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (the modulus-11
 * rule).
 */
public record Cvr(String value) {

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

	public Cvr {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid CVR number: " + value);
		}
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Cvr of(@Nullable String value) {
		if (value == null) {
			throw new IllegalArgumentException("not a valid CVR number: none given");
		}
		return new Cvr(value.replace(" ", ""));
	}

	public static boolean isValid(@Nullable String value) {
		if (value == null || !value.matches("[1-9][0-9]{7}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}

	@JsonValue
	@Override
	public String value() {
		return this.value;
	}

}
