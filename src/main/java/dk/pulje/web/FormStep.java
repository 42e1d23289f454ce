package dk.pulje.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.pulje.rules.RuleViolation;

/**
 * One step of a form written in steps (an application, a report): its place in the
 * address, and the fields of the record it owns, so that a problem found when the whole
 * is handed in is shown at the step, and the field, where it is fixed.
 */
public interface FormStep {

	String path();

	/** The record's fields this step asks for, by their names in the request. */
	List<String> fields();

	/**
	 * Whether this step asks for the field ("goals[0].outcome" is a field of "goals").
	 */
	default boolean owns(String field) {
		return fields().stream()
			.anyMatch(f -> field.equals(f) || field.startsWith(f + "[") || field.startsWith(f + "."));
	}

	/** The step at an address, if it is one. */
	static <S extends Enum<S> & FormStep> Optional<S> of(Class<S> steps, String path) {
		return Arrays.stream(steps.getEnumConstants()).filter(step -> step.path().equals(path)).findFirst();
	}

	/** The step that asks for the field, or {@code last} for a field no step asks for. */
	static <S extends Enum<S> & FormStep> S owning(Class<S> steps, String field, S last) {
		return Arrays.stream(steps.getEnumConstants()).filter(step -> step.owns(field)).findFirst().orElse(last);
	}

	/**
	 * A problem that stops the whole from being handed in, in words, and a link to the
	 * field where it is fixed.
	 */
	record Problem(String message, String href) {
	}

	/**
	 * The problems, each linked to its field at the step that asks for it (the steps'
	 * pages are under {@code base}); a problem of no step links to the page it is shown
	 * on, the last step.
	 */
	static <S extends Enum<S> & FormStep> List<Problem> problems(List<RuleViolation> violations, S last, String base,
			FieldMessages messages) {
		return violations.stream().map(v -> {
			S step = owning(last.getDeclaringClass(), v.field(), last);
			String href = step == last ? "#" : base + "/" + step.path() + "?check#" + FormCheck.inputId(v.field());
			return new Problem(messages.of(v), href);
		}).toList();
	}

	/** The problems that belong to a step, each at its input. */
	static <S extends Enum<S> & FormStep> Map<String, String> problemsAt(S step, List<RuleViolation> violations, S last,
			FieldMessages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (RuleViolation problem : violations) {
			if (owning(last.getDeclaringClass(), problem.field(), last) == step) {
				errors.putIfAbsent(FormCheck.inputId(problem.field()), messages.of(problem));
			}
		}
		return errors;
	}

	/** The step after this one, if there is one. */
	static <S extends Enum<S> & FormStep> Optional<S> next(S step) {
		S[] steps = step.getDeclaringClass().getEnumConstants();
		return step.ordinal() + 1 < steps.length ? Optional.of(steps[step.ordinal() + 1]) : Optional.empty();
	}

}
