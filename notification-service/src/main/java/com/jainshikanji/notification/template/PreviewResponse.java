package com.jainshikanji.notification.template;

import org.jspecify.annotations.Nullable;

/** A template rendered with its kind's sample data, as the recipient would see it. */
record PreviewResponse(@Nullable String subject, String text, @Nullable String html) {

	static PreviewResponse of(RenderedMessage message) {
		return new PreviewResponse(message.subject(), message.text(), message.html());
	}

}
