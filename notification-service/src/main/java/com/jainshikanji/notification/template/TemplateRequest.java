package com.jainshikanji.notification.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A template's new text. Whether it renders is checked against the kind's sample data
 * (422 if not).
 *
 * @param subject the email subject or the push and in-app title (TEXT mode); unused for
 * SMS
 * @param body the plain-text body (TEXT mode)
 * @param html the email's HTML body (HTML mode), optional
 * @param enabled whether the kind uses this channel
 */
record TemplateRequest(@Nullable @Size(max = 1000) String subject, @NotBlank @Size(max = 20_000) String body,
		@Nullable @Size(max = 100_000) String html, @NotNull Boolean enabled) {

	TemplateContent toContent() {
		return new TemplateContent(blankToNull(this.subject), this.body, blankToNull(this.html));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
