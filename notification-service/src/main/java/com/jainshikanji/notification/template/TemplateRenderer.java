package com.jainshikanji.notification.template;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * ({@link PlainVariables}), so a template either renders completely or fails with
 * messages an admin can act on. Each channel's limits bind the template's own words, not
 * its data: a template whose words alone are too long is refused when it is tried, and a
 * notification whose data makes it longer is cut to fit ({@link #fit}, {@link #fitSms}),
 * never refused.
 */
class TemplateRenderer {

	/**
	 * Three concatenated SMS segments of GSM-7 characters (153 each, the rest of 160 is
	 * the concatenation header); longer messages cost more. A text that is not GSM-7 goes
	 * as UCS-2 (67 a segment): seven segments at most.
	 */
	static final int SMS_MAX = 459;

	static final int PUSH_TITLE_MAX = 100;

	static final int PUSH_BODY_MAX = 500;

	static final int IN_APP_TITLE_MAX = 200;

	static final int IN_APP_BODY_MAX = 2000;

	static final int SUBJECT_MAX = 200;

	/** What ends a text cut to fit. */
	static final String ELLIPSIS = "…";

	/** What ends an SMS in the GSM 7-bit alphabet cut to fit, which has no "…". */
	static final String GSM_ELLIPSIS = "...";

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
	 * Renders a template with a notification's data, each part cut to fit its channel.
	 * @throws TemplateDoesNotRender naming every part that failed and why
	 */
	RenderedMessage render(Channel channel, TemplateContent content, Map<String, @Nullable Object> variables) {
		return fit(channel, saysSomething(draft(channel, content, variables)));
	}

	/**
	 * Tries a template on sample data, as it is saved or previewed: it must render, and
	 * its own words, without the data, must fit the channel.
	 * @return what the sample renders to, cut to fit as a notification would be
	 * @throws TemplateDoesNotRender naming every part that failed and why
	 */
	RenderedMessage tryOn(Channel channel, TemplateContent content, Map<String, @Nullable Object> sample) {
		RenderedMessage rendered = saysSomething(draft(channel, content, sample));
		if (!fits(channel, rendered)) {
			List<TemplateDoesNotRender.Problem> problems = new ArrayList<>();
			RenderedMessage words;
			try {
				words = draft(channel, content, withoutData(sample));
			}
			catch (TemplateDoesNotRender ex) {
				// It renders with the sample, and its words alone cannot be told apart:
				// like any other, its data is cut to fit.
				return fit(channel, rendered);
			}
			atMost("subject", words.subject(), Limits.of(channel).subject(), problems);
			atMost("body", words.text(), Limits.of(channel).body(), problems);
			if (!problems.isEmpty()) {
				throw new TemplateDoesNotRender(problems);
			}
		}
		return fit(channel, rendered);
	}

	/**
	 * The text itself if it has at most {@code max} characters, or as much of it as fits
	 * with an ellipsis. The cut falls between what a reader sees as characters (Unicode's
	 * extended grapheme clusters), never inside one: not between the two {@code char}s of
	 * an emoji, a letter and its accent, a Devanagari consonant and its vowel sign or
	 * virama (क्ष, कि), an emoji and its skin tone, or the emoji of a ZWJ sequence; a
	 * cluster that does not fit goes whole.
	 */
	static String fit(String text, int max) {
		return (text.length() <= max) ? text : cut(text, max, ELLIPSIS);
	}

	/**
	 * As {@link #fit}, for an SMS: when what is left of it is in the GSM 7-bit alphabet,
	 * it ends in {@value #GSM_ELLIPSIS} instead, since a "…" would send all of it as
	 * UCS-2, in more than twice the segments. The limit still counts {@code char}s, as
	 * the template's own words are counted, although the extension table's characters
	 * (brackets, braces, the euro sign...) take two septets of a segment each.
	 */
	static String fitSms(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		String cut = cut(text, max, GSM_ELLIPSIS);
		return Gsm7.encodes(cut) ? cut : cut(text, max, ELLIPSIS);
	}

	private static String cut(String text, int max, String ellipsis) {
		int end = Math.max(0, max - ellipsis.length());
		// Extended grapheme clusters since Java 20 (Indic conjuncts too, on Java 25).
		BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
		clusters.setText(text);
		if (!clusters.isBoundary(end)) {
			end = clusters.preceding(end);
		}
		return text.substring(0, end).stripTrailing() + ellipsis;
	}

	/** Renders every part, with no regard to the channel's limits. */
	private RenderedMessage draft(Channel channel, TemplateContent content, Map<String, @Nullable Object> variables) {
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
		if (!problems.isEmpty() || text == null) {
			throw new TemplateDoesNotRender(problems);
		}
		return new RenderedMessage(subject, text, html);
	}

	private static RenderedMessage saysSomething(RenderedMessage message) {
		List<TemplateDoesNotRender.Problem> problems = new ArrayList<>();
		notBlank("body", message.text(), problems);
		notBlank("subject", message.subject(), problems);
		if (!problems.isEmpty()) {
			throw new TemplateDoesNotRender(problems);
		}
		return message;
	}

	private static boolean fits(Channel channel, RenderedMessage message) {
		return fit(channel, message).equals(message);
	}

	private static RenderedMessage fit(Channel channel, RenderedMessage message) {
		Limits limits = Limits.of(channel);
		String subject = (message.subject() != null) ? fit(message.subject(), limits.subject()) : null;
		String text = (channel == Channel.SMS) ? fitSms(message.text(), limits.body())
				: fit(message.text(), limits.body());
		return new RenderedMessage(subject, text, message.html());
	}

	/**
	 * The sample with every text left empty: what a template renders to then is its own
	 * words (and the few digits of numbers).
	 */
	private static Map<String, @Nullable Object> withoutData(Map<String, @Nullable Object> sample) {
		Map<String, @Nullable Object> empty = new LinkedHashMap<>();
		sample.forEach((name, value) -> empty.put(name, withoutData(value)));
		return empty;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Object withoutData(@Nullable Object value) {
		if (value instanceof String) {
			return "";
		}
		if (value instanceof Map<?, ?> members) {
			return withoutData((Map<String, @Nullable Object>) members);
		}
		if (value instanceof List<?> items) {
			return items.stream().map(TemplateRenderer::withoutData).toList();
		}
		return value;
	}

	private static void notBlank(String part, @Nullable String value, List<TemplateDoesNotRender.Problem> problems) {
		if (value != null && value.isBlank()) {
			problems.add(new TemplateDoesNotRender.Problem(part, "renders to nothing"));
		}
	}

	private static void atMost(String part, @Nullable String value, int max,
			List<TemplateDoesNotRender.Problem> problems) {
		if (value != null && value.length() > max) {
			problems.add(new TemplateDoesNotRender.Problem(part,
					"is " + value.length() + " characters long without its data; at most " + max + " fit"));
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

	/** The longest subject (or title) and body a channel takes, in {@code char}s. */
	private record Limits(int subject, int body) {

		static Limits of(Channel channel) {
			return switch (channel) {
				case EMAIL -> new Limits(SUBJECT_MAX, Integer.MAX_VALUE);
				case SMS -> new Limits(Integer.MAX_VALUE, SMS_MAX); // no subject
				case PUSH -> new Limits(PUSH_TITLE_MAX, PUSH_BODY_MAX);
				case IN_APP -> new Limits(IN_APP_TITLE_MAX, IN_APP_BODY_MAX);
			};
		}

	}

}
