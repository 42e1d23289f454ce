package dk.pulje.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

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

	FormCheck(Validator validator, FieldMessages messages) {
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
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
