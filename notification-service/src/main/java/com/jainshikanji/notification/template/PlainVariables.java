package com.jainshikanji.notification.template;

import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * The only thing a template's {@code ${...}} may do: name a variable, or a member of one
 * ({@code ${orderNumber}}, {@code ${item.name}}). No method calls, no static access, no
 * object creation, no utility objects: templates are edited by admins and stored in the
 * database, and Thymeleaf's usual evaluators (SpEL, OGNL) would run any Java they were
 * given. Operators, conditions, iteration and literals stay available, since Thymeleaf
 * evaluates those itself ({@code ${discount} != null}, {@code th:each}, {@code |...|}).
 *
 * <p>
 * A name the data does not have is an error rather than an empty string, so a misspelt
 * variable is found when the template is saved and tried on sample data, not by a
 * customer reading a blank.
 */
final class PlainVariables implements IStandardVariableExpressionEvaluator {

	private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

	@Override
	public @Nullable Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
			StandardExpressionExecutionContext executionContext) {
		String path = expression.getExpression().strip();
		if (expression.getUseSelectionAsRoot()) {
			throw new TemplateProcessingException("Selection expressions *{...} are not supported; use ${...}");
		}
		if (!PATH.matcher(path).matches()) {
			throw new TemplateProcessingException("Only variable names are allowed inside ${...}, e.g. ${orderNumber} "
					+ "or ${item.name}; not '" + path + "'");
		}
		String[] names = path.split("\\.");
		if (!context.containsVariable(names[0])) {
			throw new TemplateProcessingException("Unknown variable '" + names[0] + "'");
		}
		Object value = context.getVariable(names[0]);
		for (int i = 1; i < names.length; i++) {
			if (value == null) {
				return null;
			}
			if (!(value instanceof Map<?, ?> members) || !members.containsKey(names[i])) {
				throw new TemplateProcessingException(
						"Unknown variable '" + String.join(".", java.util.Arrays.copyOf(names, i + 1)) + "'");
			}
			value = members.get(names[i]);
		}
		return value;
	}

}
