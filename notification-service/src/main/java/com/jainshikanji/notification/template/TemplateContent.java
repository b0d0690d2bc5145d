package com.jainshikanji.notification.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * What a template says, as Thymeleaf templates: the subject (email) or title (push,
 * in-app) and the plain-text body in Thymeleaf's TEXT mode, the email's HTML body in its
 * HTML mode.
 *
 * @param subject required for email, push and in-app; unused for SMS
 * @param body required
 * @param html optional, email only
 */
@Embeddable
record TemplateContent(@Column(name = "subject") @Nullable String subject, @Column(name = "body") String body,
		@Column(name = "html") @Nullable String html) {
}
