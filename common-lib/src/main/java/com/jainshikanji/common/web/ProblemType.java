package com.jainshikanji.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * Declares, on an exception, the problem (RFC 9457) it becomes when it reaches the web
 * layer, the way {@code @ResponseStatus} declares a status:
 *
 * <pre class="code">
 * &#64;ProblemType(status = HttpStatus.NOT_FOUND, slug = "order-not-found", title = "Order not found")
 * class OrderNotFound extends RuntimeException { ... }
 * </pre>
 *
 * {@link ProblemDetailsAdvice} reads it: the exception's message becomes the problem's
 * {@code detail}, so it must be fit for a client to read. Extra members (a list of
 * shortages, a {@code Retry-After}) come from {@link ProblemExtensions}. The declaration
 * lives next to the exception, so a service needs no handler method per exception and the
 * exception can stay package-private.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface ProblemType {

	/** The HTTP status; a client mistake is a 4xx. */
	HttpStatus status();

	/**
	 * The last segment of the problem's type URI under {@link ProblemTypes#BASE}, e.g.
	 * {@code order-not-found}; clients switch on it, so it never changes meaning.
	 */
	String slug();

	/** A short, human-readable summary that is the same for every occurrence. */
	String title();

}
