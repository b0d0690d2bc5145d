package com.jainshikanji.notification.template;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A template that fails to render with its kind's sample data (an unknown variable, a
 * syntax error, an expression templates may not use, or words that alone are too long for
 * its channel) is refused when it is saved. At send time it means a notification's data
 * lacks something its template uses; data too long for a channel is cut to fit instead.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "template-does-not-render",
		title = "Template does not render")
public class TemplateDoesNotRender extends RuntimeException implements ProblemExtensions {

	private final List<Problem> problems;

	TemplateDoesNotRender(List<Problem> problems) {
		super("The template does not render: " + problems.stream()
			.map((problem) -> problem.part() + ": " + problem.message())
			.collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	@Override
	public Map<String, Object> problemProperties() {
		// The platform's shape for field errors, the template's parts being the fields.
		return Map.of("errors",
				this.problems.stream()
					.map((problem) -> Map.of("field", problem.part(), "message", problem.message()))
					.toList());
	}

	/**
	 * What went wrong with one part of the template.
	 *
	 * @param part subject, body or html
	 * @param message what went wrong, and where
	 */
	record Problem(String part, String message) {
	}

}
