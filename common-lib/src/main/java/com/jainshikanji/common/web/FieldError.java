package com.jainshikanji.common.web;

/**
 * One rule a request broke, listed under {@code errors} in a validation problem.
 *
 * @param field the JSON field, path or parameter at fault, e.g.
 * {@code addresses[0].postalCode}
 * @param message what the rule requires
 */
public record FieldError(String field, String message) {
}
