package com.jainshikanji.common.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The shared base of each service's {@code @RestControllerAdvice}: every error leaves as
 * RFC 9457 {@code application/problem+json} with a stable {@link ProblemTypes type}.
 * Client mistakes (validation, malformed JSON, wrong types, missing parameters,
 * unsupported media types, oversized bodies) are 4xx and name the field or rule at fault;
 * anything unexpected is a 500 that reveals nothing of the internals (no stack trace, no
 * SQL).
 *
 * <p>
 * A domain exception declares its own problem with {@link ProblemType} (and
 * {@link ProblemExtensions} for extra members or headers); this advice reads it, so a
 * service needs no handler per exception. Common-lib registers this advice in every
 * servlet service; a service with a true special case (a problem type that varies per
 * occurrence, say) extends it with a {@code @RestControllerAdvice} of its own, which then
 * replaces the default.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationFailed(fieldErrors(ex.getBindingResult()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(fieldOf(error, result.getMethodParameter()), error.getDefaultMessage())))
			.toList();
		return validationFailed(errors, request);
	}

	/**
	 * The parameter at fault: a query record's component by its own name ({@code days}),
	 * not by the record's parameter ({@code query}), when the controller's other
	 * constraints have Spring validate the record with the method's arguments.
	 */
	private static String fieldOf(MessageSourceResolvable error, MethodParameter parameter) {
		return (error instanceof org.springframework.validation.FieldError field) ? field.getField()
				: wireName(parameter);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(leafOf(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return validationFailed(errors, request);
	}

	/**
	 * Spring Security's firewall checks a parameter's name when parameters are first
	 * read, which for a query string or a form body is while the controller's arguments
	 * are bound, after the filter chain that would answer 400: "?a%0Ab=1" on any endpoint
	 * was a 500. A header's value is checked when it is read, e.g. bound to a
	 * controller's argument: a refused value is a validation failure naming the header.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> handleRequestRejected(RequestRejectedException ex, WebRequest request) {
		FirewallRejection rejection = FirewallRejection.of(ex);
		if (rejection != null && rejection.value() && rejection.name() != null) {
			return validationFailed(List.of(new FieldError(rejection.name(), rejection.rule())), request);
		}
		String detail = (rejection != null) ? rejection.nameDetail()
				: "The request has a header or parameter that is not allowed";
		return problem(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Optional<PayloadTooLargeException> tooLarge = causeOfType(ex, PayloadTooLargeException.class);
		if (tooLarge.isPresent()) {
			return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"Payload too large", "Request body exceeds " + tooLarge.get().limit() + " bytes"), request);
		}
		Optional<DatabindException> binding = causeOfType(ex, DatabindException.class);
		if (binding.isPresent() && binding.get() instanceof MismatchedInputException mismatch
				&& !mismatch.getPath().isEmpty()) {
			String field = jsonPath(mismatch);
			String expected;
			if (mismatch instanceof StorableStringDeserializer.UnstorableText unstorable) {
				expected = unstorable.rule();
			}
			else if (mismatch instanceof InvalidFormatException invalid) {
				expected = "must be a valid " + simpleName(invalid.getTargetType());
			}
			else {
				expected = "has the wrong type or shape" + expectedType(mismatch);
			}
			return validationFailed(List.of(new FieldError(field, expected)), request);
		}
		// A number too large for its field (2147483648 for an int) fails while parsing,
		// not binding, but Jackson still knows the field.
		Optional<InputCoercionException> outOfRange = causeOfType(ex, InputCoercionException.class);
		if (outOfRange.isPresent()) {
			Class<?> target = outOfRange.get().getTargetType();
			String field = outOfRange.get().getPath().isEmpty() ? parserPath(outOfRange.get())
					: jsonPath(outOfRange.get());
			return validationFailed(List
				.of(new FieldError(field, "is out of range" + ((target != null) ? " for " + simpleName(target) : ""))),
					request);
		}
		Optional<StreamReadException> unreadable = causeOfType(ex, StreamReadException.class);
		if (unreadable.isPresent() && isDuplicateKey(unreadable.get())) {
			return validationFailed(List.of(new FieldError(parserPath(unreadable.get()), "must appear only once")),
					request);
		}
		String detail;
		if (unreadable.isPresent()) {
			detail = "Request body is not well-formed JSON";
		}
		else if (causeOfType(ex, JacksonException.class).isPresent()) {
			detail = "Request body could not be read as the expected JSON document";
		}
		else {
			detail = "Request body is missing or unreadable";
		}
		return problem(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> required = oneValuesType(ex);
		String expected = (required != null) ? simpleName(required) : "value";
		return validationFailed(List.of(new FieldError(name, "must be a valid " + expected)), request);
	}

	/**
	 * The type each value had to have: a list's element type for a repeated parameter
	 * ({@code productId=…&productId=xyz} is not "a valid List" but not a UUID).
	 */
	private static @Nullable Class<?> oneValuesType(TypeMismatchException ex) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			TypeDescriptor element = new TypeDescriptor(mismatch.getParameter()).getElementTypeDescriptor();
			if (element != null) {
				return element.getType();
			}
		}
		return ex.getRequiredType();
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationFailed(List.of(new FieldError(ex.getParameterName(), "is required")), request);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
				"A required request header, cookie or parameter is missing or invalid"), request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.isMissingAfterConversion()) {
			// "/orders/%20": a blank value converts to no UUID at all.
			return validationFailed(List.of(new FieldError(ex.getVariableName(), "must not be blank")), request);
		}
		return unexpected(ex, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String supported = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.collect(Collectors.joining(", "));
		String use = "use " + (supported.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : supported);
		// Spring reads a missing Content-Type as application/octet-stream, and one it
		// cannot parse (an unknown charset) as none: neither is what the client sent.
		String detail;
		if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
			detail = "A request body needs a Content-Type; " + use;
		}
		else if (ex.getContentType() == null) {
			detail = "Content-Type is not a media type this service can read (is its charset known?); " + use;
		}
		else {
			detail = "Content-Type " + ex.getContentType() + " is not supported; " + use;
		}
		return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
				"Unsupported media type", detail), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
				"This resource is only available as JSON"), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED,
				"Method not allowed", "Method " + ex.getMethod() + " is not allowed here");
		HttpHeaders allow = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			allow.setAllow(ex.getSupportedHttpMethods());
		}
		return problem(problem, allow, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
				"No resource at " + ex.getResourcePath()), request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
				"Upload exceeds the size limit"), request);
	}

	/**
	 * Exceptions that declare their own problem with {@link ProblemType}; anything else
	 * no other handler claimed is a 500 that tells the client nothing about the
	 * internals.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
		ProblemType declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ProblemType.class);
		if (declared == null) {
			return unexpected(ex, request);
		}
		return problem(declaredProblem(ex, declared), declaredHeaders(ex), request);
	}

	/** The problem an exception annotated with {@link ProblemType} declares. */
	static ProblemDetail declaredProblem(Exception ex, ProblemType declared) {
		ProblemDetail problem = Problems.of(declared.status(), ProblemTypes.of(declared.slug()), declared.title(),
				ex.getMessage());
		if (ex instanceof ProblemExtensions extensions) {
			extensions.problemProperties().forEach(problem::setProperty);
		}
		return problem;
	}

	private static HttpHeaders declaredHeaders(Exception ex) {
		return (ex instanceof ProblemExtensions extensions) ? extensions.problemHeaders() : HttpHeaders.EMPTY;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Framework exceptions this class does not special-case still leave as typed
		// problems.
		if (statusCode.is5xxServerError()) {
			return unexpected(ex, request);
		}
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : ProblemDetail.forStatus(statusCode);
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(ProblemTypes.of(slug(statusCode)));
		}
		return problem(problem, headers, request);
	}

	/** Renders a problem for a handler of a subclass. */
	protected ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request) {
		return problem(problem, new HttpHeaders(), request);
	}

	private ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
		if (problem.getInstance() == null && request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
			problem.setInstance(java.net.URI.create(servletRequest.getRequestURI()));
		}
		Problems.traced(problem);
		HttpHeaders responseHeaders = new HttpHeaders();
		responseHeaders.addAll(headers);
		responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(problem);
	}

	private ResponseEntity<Object> validationFailed(List<FieldError> errors, WebRequest request) {
		List<FieldError> sorted = errors.stream()
			.sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
			.toList();
		String detail = sorted.isEmpty() ? "The request is invalid"
				: sorted.stream().map((e) -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
				detail);
		problem.setProperty("errors", sorted);
		return problem(problem, request);
	}

	private ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error handling {}", request.getDescription(false), ex);
		return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
				"Internal server error", "An unexpected error occurred; it has been logged"), request);
	}

	private static List<FieldError> fieldErrors(BindingResult result) {
		List<FieldError> errors = new java.util.ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> errors.add(new FieldError(BodyFieldNames.of(result.getTarget(), error.getField()),
					error.getDefaultMessage())));
		result.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
		return errors;
	}

	private static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * Where the parser stood when it failed, as {@code items[0].quantity}; {@code body}
	 * for the document itself.
	 */
	private static String parserPath(StreamReadException ex) {
		if (!(ex.processor() instanceof tools.jackson.core.JsonParser parser)) {
			return "body";
		}
		String pointer = parser.streamReadContext().pathAsPointer().toString();
		return pointer.isEmpty() ? "body" : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
	}

	/**
	 * A key sent twice in one object, which the parser (not the binding) refuses,
	 * standing on the second: Jackson says so only in its message.
	 */
	private static boolean isDuplicateKey(StreamReadException ex) {
		String message = ex.getOriginalMessage();
		return message != null && message.startsWith("Duplicate Object property");
	}

	private static String expectedType(MismatchedInputException ex) {
		return (ex.getTargetType() != null) ? " (expected " + simpleName(ex.getTargetType()) + ")" : "";
	}

	private static String simpleName(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return switch (type.getSimpleName()) {
			case "UUID" -> "UUID";
			case "Integer", "int", "Long", "long", "Short", "short" -> "integer";
			case "BigDecimal", "Double", "double", "Float", "float" -> "number";
			case "Boolean", "boolean" -> "boolean";
			case "String", "CharSequence" -> "string";
			case "LocalDate" -> "date (yyyy-MM-dd)";
			case "LocalTime" -> "time (HH:mm)";
			case "Instant", "OffsetDateTime" -> "timestamp (ISO-8601)";
			default -> type.getSimpleName();
		};
	}

	/**
	 * The name the client sent the parameter under ({@code Idempotency-Key},
	 * {@code page-size}), which the Java parameter's name need not be.
	 */
	private static String wireName(MethodParameter parameter) {
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
		String declared = (header != null) ? either(header.name(), header.value())
				: (param != null) ? either(param.name(), param.value())
						: (variable != null) ? either(variable.name(), variable.value()) : "";
		if (!declared.isEmpty()) {
			return declared;
		}
		String name = parameter.getParameterName();
		return (name != null) ? name : "parameter";
	}

	/** name and value are aliases: either may be the one written. */
	private static String either(String name, String value) {
		return name.isEmpty() ? value : name;
	}

	private static String leafOf(String propertyPath) {
		// "register.request.email" -> "email": the method and parameter names mean
		// nothing to a client.
		String[] parts = propertyPath.split("\\.");
		return (parts.length > 2) ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
				: parts[parts.length - 1];
	}

	private static String slug(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
				: "http-" + status.value();
	}

	private static <T extends Throwable> Optional<T> causeOfType(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return Optional.empty();
	}

}
