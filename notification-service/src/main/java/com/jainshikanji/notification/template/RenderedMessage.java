package com.jainshikanji.notification.template;

import org.jspecify.annotations.Nullable;

/**
 * A template rendered with one notification's data.
 *
 * @param subject the email subject, or the push or in-app title; {@code null} for SMS
 * @param text the plain-text body (the whole message for SMS)
 * @param html the HTML body of an email, or {@code null}
 */
public record RenderedMessage(@Nullable String subject, String text, @Nullable String html) {
}
