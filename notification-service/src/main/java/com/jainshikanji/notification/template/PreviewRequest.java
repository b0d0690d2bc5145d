package com.jainshikanji.notification.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A template's text to try without saving it (see {@link TemplateRequest}). */
record PreviewRequest(@Nullable @Size(max = 1000) String subject, @NotBlank @Size(max = 20_000) String body,
		@Nullable @Size(max = 100_000) String html) {

	TemplateContent toContent() {
		return new TemplateRequest(this.subject, this.body, this.html, true).toContent();
	}

}
