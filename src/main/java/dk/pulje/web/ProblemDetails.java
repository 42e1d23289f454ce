package dk.pulje.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Every error of the API as an RFC 9457 problem detail. A 400 names each wrong field; a
 * 422 names the broken rule and its field; a 404, 409, 412 or 428 says which record and
 * why. Texts follow the request's language (Danish by default, English with
 * {@code Accept-Language: en}); no stack trace or SQL ever leaves the server.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetails {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

	/**
	 * Rules about the request itself rather than the domain: a client error of form, not
	 * of substance.
	 */
	private static final Set<String> REQUEST_RULES = Set.of("page-negative", "page-size-out-of-range", "sort-unknown",
			"sort-direction-unknown", "if-match-unreadable", "parameter-invalid");

	private final MessageSource messages;

	private final FieldMessages fieldMessages;

	ProblemDetails(MessageSource messages, FieldMessages fieldMessages) {
		this.messages = messages;
		this.fieldMessages = fieldMessages;
	}

	/** One wrong field: where it is, which check it failed, and why in words. */
	record FieldProblem(String field, @Nullable String code, @Nullable String message) {
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), error.getCode(), fieldMessage(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getCode(),
					textOr("validation." + error.getCode(), error.getDefaultMessage()))));
		return invalid(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		JacksonException jackson = find(ex, JacksonException.class);
		if (jackson == null) {
			return invalid(List.of(new FieldProblem("body", "unreadable", text("problem.body-unreadable"))));
		}
		String field = path(jackson);
		String code = codeFor(jackson);
		return invalid(List.of(new FieldProblem(field, code, bodyMessage(jackson, code))));
	}

	/**
	 * Why a value in a body could not be read, as specific as the value's type allows: a
	 * wrong value names what it should look like ("is not an amount in kroner ..."); a
	 * value of the wrong kind names the kind it should be ("must be text", "must be one
	 * of ...").
	 */
	private String bodyMessage(JacksonException jackson, String code) {
		String general = textOr("validation." + code, "");
		Optional<Class<?>> type = valueType(jackson);
		if (type.isEmpty()) {
			return general;
		}
		Class<?> target = type.get();
		if (target.isEnum()) {
			return parameterMessage(target);
		}
		if (code.equals("value")) {
			return textOr("validation.value." + target.getSimpleName(), general);
		}
		return textOr(ParameterKinds.messageKey(target), general);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return invalid(List.of(new FieldProblem(ex.getParameterName(), "NotNull", text("validation.NotNull"))));
	}

	/**
	 * A missing header the call needs: for {@code If-Match}, which a change to a whole
	 * record must send, 428 as RFC 6585 has it; for any other, a wrong request.
	 */
	@ExceptionHandler(MissingRequestHeaderException.class)
	ProblemDetail missingHeader(MissingRequestHeaderException ex) {
		if (HttpHeaders.IF_MATCH.equalsIgnoreCase(ex.getHeaderName())) {
			return preconditionRequired();
		}
		return invalid(List.of(new FieldProblem(ex.getHeaderName(), "NotNull", text("validation.NotNull"))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldProblem(ex.getName(), "type", parameterMessage(ex.getRequiredType()))));
	}

	/**
	 * Why a path or query parameter could not be read: the kind of value it should be.
	 */
	private String parameterMessage(@Nullable Class<?> required) {
		String fallback = required == null ? textOr("validation.type", "")
				: textOr("validation.value." + required.getSimpleName(), textOr("validation.type", ""));
		String key = ParameterKinds.messageKey(required);
		return FieldMessages.lookup(this.messages, key, ParameterKinds.choices(required), fallback);
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleBroken(RuleViolation ex) {
		boolean aboutRequest = REQUEST_RULES.contains(ex.rule());
		HttpStatus status = aboutRequest ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		String detail = this.fieldMessages.of(ex);
		ProblemDetail problem = problem(status, aboutRequest ? "invalid-request" : "rule-broken", detail);
		problem.setProperty("rule", ex.rule());
		problem.setProperty("field", ex.field());
		problem.setProperty("errors",
				ex.all()
					.stream()
					.map(each -> new FieldProblem(each.field(), each.rule(), this.fieldMessages.of(each)))
					.toList());
		return problem;
	}

	@ExceptionHandler(RecordNotFound.class)
	ProblemDetail notFound(RecordNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found",
				text("problem.not-found", kind(ex.kind()), String.valueOf(ex.id())));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noSuchPath(NoResourceFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", text("problem.no-such-path", ex.getResourcePath()));
	}

	@ExceptionHandler(StaleVersion.class)
	ProblemDetail stale(StaleVersion ex) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", text("problem.stale-version",
				kind(ex.kind()), String.valueOf(ex.id()), String.valueOf(ex.expected()), String.valueOf(ex.current())));
		problem.setProperty("currentVersion", ex.current());
		return problem;
	}

	@ExceptionHandler(Versions.PreconditionRequired.class)
	ProblemDetail preconditionRequired() {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", text("problem.if-match-required"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail changedMeanwhile(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "changed-meanwhile", text("problem.changed-meanwhile"));
	}

	/**
	 * A write that a database constraint refused (SQL state class 23: a duplicate, a
	 * missing reference) is a conflict with stored data; any other data error is the
	 * server's fault.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("23")) {
			log.info("A write conflicted with stored data: {}", sql.getMessage());
			return problem(HttpStatus.CONFLICT, "conflict", text("problem.conflict"));
		}
		return unexpected(ex);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				text("problem.method-not-allowed", ex.getMethod()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				text("problem.unsupported-media-type", String.valueOf(ex.getContentType())));
	}

	/**
	 * The client accepts no form this endpoint answers in, so the answer has no body
	 * either.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable() {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error while serving a request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", text("problem.internal-error"));
	}

	/**
	 * The problem for an error no controller answered (a path nothing serves, a request
	 * the filters refused), as {@link ErrorPages} writes it for the API.
	 * @param parameter the query or form parameter that could not be read, if that was
	 * the fault
	 */
	ProblemDetail forStatus(HttpStatus status, String path, String parameter, String method) {
		ProblemDetail problem = switch (status) {
			case BAD_REQUEST -> invalid(List.of(new FieldProblem(parameter == null ? "path" : parameter, "value",
					text(parameter == null ? "problem.path-unreadable" : "validation.value.String"))));
			case NOT_FOUND -> problem(status, "not-found", text("problem.no-such-path", path));
			case METHOD_NOT_ALLOWED ->
				problem(status, "method-not-allowed", text("problem.method-not-allowed", method));
			case UNAUTHORIZED -> problem(status, "login-required", text("problem.title.login-required"));
			case FORBIDDEN -> problem(status, "not-allowed", text("problem.title.not-allowed"));
			default -> status.is5xxServerError()
					? problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", text("problem.internal-error"))
					: problem(status, "invalid-request", status.getReasonPhrase());
		};
		problem.setInstance(URI.create(URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/")));
		return problem;
	}

	private ProblemDetail invalid(List<FieldProblem> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request",
				text("problem.invalid-request", String.valueOf(errors.size())));
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String type, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(text("problem.title." + type));
		return problem;
	}

	private String fieldMessage(FieldError error) {
		return this.fieldMessages.of(error);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String codeFor(JacksonException ex) {
		if (ex instanceof ValueInstantiationException || ex instanceof InvalidFormatException) {
			return "value";
		}
		if (ex instanceof MismatchedInputException) {
			return "type";
		}
		return "unreadable";
	}

	/**
	 * The value type that refused the input (Cvr, Amount, ProjectPeriod ...), if known.
	 */
	private static Optional<Class<?>> valueType(JacksonException ex) {
		if (ex instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
			return Optional.of(instantiation.getType().getRawClass());
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return Optional.of(mismatch.getTargetType());
		}
		return Optional.empty();
	}

	private static <T extends Throwable> @Nullable T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private String kind(String kind) {
		return text("kind." + kind);
	}

	private String text(String key, @Nullable Object... arguments) {
		return FieldMessages.lookup(this.messages, key, arguments, key);
	}

	/** The text for the key, or the fallback when the message files have none. */
	private String textOr(String key, @Nullable String fallback) {
		return FieldMessages.lookup(this.messages, key, null, fallback);
	}

}
