package com.jainshikanji.inventory.config;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemDetailsAdvice;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.inventory.catalog.InvalidSelection;

/**
 * What {@code @ProblemType} and the shared advice cannot say. An invalid selection's type
 * is the rule it breaks, so it varies per occurrence. And two unreadable bodies name
 * their field rather than being "not well-formed JSON": a number too big for its field
 * (Jackson reports it as a parse error, without a path) and text with a NUL character
 * (see {@code NulRefusingStringDeserializer}). Those two belong in common-lib's advice;
 * they are here until it has them.
 */
@RestControllerAdvice
class InventoryExceptionHandler extends ProblemDetailsAdvice {

	/** 422 whose type is the rule broken, also given as {@code rule}. */
	@ExceptionHandler(InvalidSelection.class)
	ResponseEntity<Object> invalidSelection(InvalidSelection ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of(ex.rule().slug()),
				"Invalid selection", ex.getMessage());
		ex.problemProperties().forEach(problem::setProperty);
		return problem(problem, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return unreadableField(ex).map((error) -> fieldInvalid(error, request))
			.orElseGet(() -> super.handleHttpMessageNotReadable(ex, headers, status, request));
	}

	private static Optional<FieldError> unreadableField(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof InputCoercionException coercion && coercion.processor() != null) {
			return Optional.of(new FieldError(path(coercion.processor()), "must be a number in range"));
		}
		if (ex.getCause() instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
				&& text.indexOf('\u0000') >= 0) {
			return Optional.of(new FieldError(path(invalid), "must not contain NUL characters"));
		}
		return Optional.empty();
	}

	/** Where the parser stood, as {@code items[0].quantity}; "body" at the top. */
	private static String path(JsonParser parser) {
		String pointer = parser.streamReadContext().pathAsPointer().toString();
		if (pointer.isEmpty()) {
			return "body";
		}
		return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
	}

	private static String path(InvalidFormatException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach((reference) -> {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		});
		return path.toString();
	}

	private ResponseEntity<Object> fieldInvalid(FieldError error, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
				error.field() + " " + error.message());
		problem.setProperty("errors", List.of(error));
		return problem(problem, request);
	}

}
