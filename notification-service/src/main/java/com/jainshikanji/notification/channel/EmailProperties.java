package com.jainshikanji.notification.channel;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who emails come from; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address
 * @param fromName the sender's display name
 */
@Validated
@ConfigurationProperties("notifications.email")
public record EmailProperties(@NotBlank @Email @DefaultValue("orders@jainshikanji.in") String from,
		@NotBlank @DefaultValue("Jain Shikanji") String fromName) {
}
