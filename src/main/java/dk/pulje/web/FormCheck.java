package dk.pulje.web;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import dk.pulje.rules.RuleViolation;

/**
 * Checks what a page's form would send to a feature, with the same constraints and words
 * as the API, and says which input each problem belongs to: a field
 * "budgetLines[2].amount" is typed in the input "budgetLines-2-amount".
 */
@Component
public class FormCheck {

	private final SpringValidatorAdapter validator;

	private final FieldMessages messages;

	private final FormValues values;

	FormCheck(Validator validator, FieldMessages messages, FormValues values) {
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
		this.values = values;
	}

	/**
	 * The one way a form saves: checks the request with the API's constraints, and when
	 * nothing is wrong with it, and nothing was wrong with the form already, saves it
	 * through {@link FormValues#attempt}. Every problem lands at its input in
	 * {@code errors}; then nothing is stored.
	 */
	public <R, T> Optional<T> save(R request, Map<String, String> errors, UnaryOperator<String> inputOf, String formKey,
			Function<R, T> save) {
		errors.putAll(problems(request, inputOf));
		if (!errors.isEmpty()) {
			return Optional.empty();
		}
		return this.values.attempt(() -> save.apply(request), errors, inputOf, formKey);
	}

	/**
	 * The most characters a text component of a request record may hold, as its
	 * {@code @Size} says (for a list of texts, each text's): a form reads its text with
	 * the same limit the API checks, and the limit is written once, on the request.
	 */
	public static int longest(Class<? extends Record> request, String component) {
		for (RecordComponent each : request.getRecordComponents()) {
			if (each.getName().equals(component)) {
				AnnotatedType type = each.getAnnotatedType();
				Size size = type instanceof AnnotatedParameterizedType list
						? list.getAnnotatedActualTypeArguments()[0].getAnnotation(Size.class)
						: each.getAccessor().getAnnotation(Size.class);
				if (size != null) {
					return size.max();
				}
			}
		}
		throw new IllegalArgumentException(request.getSimpleName() + "." + component + " has no @Size");
	}

	/** The id of the input a request's field is typed in. */
	public static String inputId(String field) {
		return field.replace("[", "-").replace("].", "-").replace("]", "").replace('.', '-');
	}

	/** Each constraint the request breaks, by input, in the page's language. */
	public Map<String, String> problems(Object request, UnaryOperator<String> inputOf) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(request, "form");
		this.validator.validate(request, result);
		Map<String, String> problems = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.putIfAbsent(inputOf.apply(error.getField()), this.messages.of(error));
		}
		return problems;
	}

	/** Each rule a change broke, by input, in the page's language. */
	public Map<String, String> problems(RuleViolation violation, UnaryOperator<String> inputOf) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (RuleViolation each : violation.all()) {
			problems.putIfAbsent(inputOf.apply(each.field()), this.messages.of(each));
		}
		return problems;
	}

}
