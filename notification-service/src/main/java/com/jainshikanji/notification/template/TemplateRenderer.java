package com.jainshikanji.notification.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import com.jainshikanji.notification.kind.Channel;

/**
 * Renders templates with Thymeleaf, restricted to plain variables
 * ({@link PlainVariables}) and checked against each channel's limits, so a template
 * either renders completely or fails with messages an admin can act on.
 */
class TemplateRenderer {

	/** Three SMS segments of GSM characters; longer messages cost more and get split. */
	static final int SMS_MAX = 480;

	static final int PUSH_TITLE_MAX = 100;

	static final int PUSH_BODY_MAX = 500;

	static final int IN_APP_TITLE_MAX = 200;

	static final int IN_APP_BODY_MAX = 2000;

	static final int SUBJECT_MAX = 200;

	private final TemplateEngine engine;

	TemplateRenderer() {
		StandardDialect dialect = new StandardDialect();
		dialect.setVariableExpressionEvaluator(new PlainVariables());
		StringTemplateResolver resolver = new StringTemplateResolver();
		// Keyed by the template text itself: an edited template is a new entry.
		resolver.setCacheable(true);
		this.engine = new TemplateEngine();
		this.engine.setDialect(dialect);
		this.engine.setTemplateResolver(resolver);
	}

	/**
	 * @throws TemplateDoesNotRender naming every part that failed and why
	 */
	RenderedMessage render(Channel channel, TemplateContent content, Map<String, @Nullable Object> variables) {
		List<TemplateDoesNotRender.Problem> problems = new ArrayList<>();
		Context context = new Context(Locale.ENGLISH, variables);
		String subject = null;
		if (channel != Channel.SMS) {
			subject = required("subject", content.subject(), problems);
			if (subject != null) {
				subject = oneLine(render("subject", subject, TemplateMode.TEXT, context, problems));
			}
		}
		String text = required("body", content.body(), problems);
		if (text != null) {
			text = render("body", text, TemplateMode.TEXT, context, problems);
			text = (text != null) ? text.strip() : null;
		}
		String html = null;
		if (content.html() != null && !content.html().isBlank()) {
			if (channel != Channel.EMAIL) {
				problems.add(new TemplateDoesNotRender.Problem("html", "only email templates have an HTML body"));
			}
			else {
				html = render("html", content.html(), TemplateMode.HTML, context, problems);
			}
		}
		if (problems.isEmpty()) {
			checkLengths(channel, subject, text, problems);
		}
		if (!problems.isEmpty() || text == null) {
			throw new TemplateDoesNotRender(problems);
		}
		return new RenderedMessage(subject, text, html);
	}

	private static void checkLengths(Channel channel, @Nullable String subject, @Nullable String text,
			List<TemplateDoesNotRender.Problem> problems) {
		switch (channel) {
			case EMAIL -> atMost("subject", subject, SUBJECT_MAX, problems);
			case SMS -> atMost("body", text, SMS_MAX, problems);
			case PUSH -> {
				atMost("subject", subject, PUSH_TITLE_MAX, problems);
				atMost("body", text, PUSH_BODY_MAX, problems);
			}
			case IN_APP -> {
				atMost("subject", subject, IN_APP_TITLE_MAX, problems);
				atMost("body", text, IN_APP_BODY_MAX, problems);
			}
		}
		if (text != null && text.isBlank()) {
			problems.add(new TemplateDoesNotRender.Problem("body", "renders to nothing"));
		}
		if (subject != null && subject.isBlank()) {
			problems.add(new TemplateDoesNotRender.Problem("subject", "renders to nothing"));
		}
	}

	private static void atMost(String part, @Nullable String value, int max,
			List<TemplateDoesNotRender.Problem> problems) {
		if (value != null && value.length() > max) {
			problems.add(new TemplateDoesNotRender.Problem(part,
					"renders to " + value.length() + " characters with the sample data; at most " + max + " fit"));
		}
	}

	private static @Nullable String required(String part, @Nullable String value,
			List<TemplateDoesNotRender.Problem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new TemplateDoesNotRender.Problem(part, "is required"));
			return null;
		}
		return value;
	}

	private @Nullable String render(String part, String template, TemplateMode mode, Context context,
			List<TemplateDoesNotRender.Problem> problems) {
		try {
			return this.engine.process(new TemplateSpec(template, mode), context);
		}
		catch (TemplateEngineException ex) {
			problems.add(new TemplateDoesNotRender.Problem(part, describe(ex)));
			return null;
		}
	}

	/**
	 * The innermost cause's message and where it happened, without the template text that
	 * Thymeleaf appends as the template's "name".
	 */
	private static String describe(TemplateEngineException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		int template = message.indexOf(" (template: ");
		if (template >= 0) {
			message = message.substring(0, template);
		}
		if (ex instanceof TemplateProcessingException processing && processing.getLine() != null) {
			message = "line " + processing.getLine() + ", column " + processing.getCol() + ": " + message;
		}
		return message;
	}

	private static @Nullable String oneLine(@Nullable String value) {
		return (value != null) ? value.strip().replaceAll("\\s*\\R\\s*", " ") : null;
	}

}
