package com.jainshikanji.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How query records (and other objects bound from request parameters) report a value of
 * the wrong type in every controller: in words a client understands ("must be a valid
 * UUID"), never with Java type names or exception text. Registered for every servlet
 * service by {@link WebAutoConfiguration}.
 */
@ControllerAdvice
class ParameterBinding {

	@InitBinder
	void bindParameters(WebDataBinder binder) {
		// Query objects are records: bound through their constructors only. Binding the
		// remaining parameters as properties afterwards only ever failed, with a 500, on
		// names like "q.x" or "q[0]".
		binder.setDeclarativeBinding(true);
		binder.setBindingErrorProcessor(new ReadableBindingErrors());
	}

	/** A value that did not convert becomes a field error saying what was expected. */
	static final class ReadableBindingErrors extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			String field = ex.getPropertyName();
			if (field == null) {
				super.processPropertyAccessException(ex, bindingResult);
				return;
			}
			String[] codes = bindingResult.resolveMessageCodes(ex.getErrorCode(), field);
			bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true, codes,
					null, expectation(expectedType(ex))));
		}

		/**
		 * The type one value had to have: the element type when a parameter binds to a
		 * list ({@code status=confirmed&status=bogus}), so the client learns which values
		 * a list takes.
		 */
		private static @Nullable Class<?> expectedType(PropertyAccessException ex) {
			if (!(ex instanceof TypeMismatchException mismatch)) {
				return null;
			}
			if (mismatch.getCause() instanceof ConversionFailedException failed) {
				TypeDescriptor target = failed.getTargetType();
				TypeDescriptor element = (target.isCollection() || target.isArray()) ? target.getElementTypeDescriptor()
						: null;
				return (element != null) ? element.getType() : target.getType();
			}
			return mismatch.getRequiredType();
		}

		static String expectation(@Nullable Class<?> type) {
			if (type == null) {
				return "is not a valid value";
			}
			if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
				return "must be an ISO-8601 instant such as 2026-12-05T09:30:00Z";
			}
			if (type == LocalDate.class) {
				return "must be a date such as 2026-12-05";
			}
			if (type == LocalTime.class) {
				return "must be a time such as 09:30";
			}
			if (type.isEnum()) {
				return "must be one of " + Arrays.toString(type.getEnumConstants());
			}
			if (type == UUID.class) {
				return "must be a valid UUID";
			}
			if (type == Boolean.class || type == boolean.class) {
				return "must be true or false";
			}
			if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
				return "must be a whole number in range";
			}
			if (Number.class.isAssignableFrom(type)) {
				return "must be a number";
			}
			return "is not a valid value";
		}

	}

}
