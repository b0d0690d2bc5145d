package com.jainshikanji.notification.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.jainshikanji.common.events.customer.AccountTokenSeal;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Opens the sealed token of a verification or reset email at the moment the email is
 * sent, and only in memory: the queue keeps the sealed form, so nothing this service
 * stores holds a token that opens an account (ADR 0011).
 */
@Component
class AccountLinks {

	private final AccountTokenSeal seal;

	private final AccountEmailProperties properties;

	AccountLinks(AccountEmailProperties properties) {
		this.seal = AccountTokenSeal.of(properties.sealKey());
		this.properties = properties;
	}

	/**
	 * The variables to render with: for an account email, the token in clear and its link
	 * in place of the sealed token; otherwise the variables as they are.
	 * @throws IllegalArgumentException if the token was not sealed for this recipient
	 * with the shared key
	 */
	Map<String, @Nullable Object> reveal(NotificationKind kind, UUID recipientId,
			Map<String, @Nullable Object> variables) {
		String url = switch (kind) {
			case EMAIL_VERIFICATION -> this.properties.verifyEmailUrl();
			case PASSWORD_RESET -> this.properties.resetPasswordUrl();
			default -> null;
		};
		if (url == null) {
			return variables;
		}
		Object sealed = variables.get(DeliveryQueue.SEALED_TOKEN);
		if (!(sealed instanceof String sealedToken)) {
			throw new IllegalArgumentException("The " + kind + " email has no sealed token");
		}
		String token = this.seal.open(sealedToken, recipientId);
		Map<String, @Nullable Object> revealed = new LinkedHashMap<>(variables);
		revealed.remove(DeliveryQueue.SEALED_TOKEN);
		revealed.put("token", token);
		revealed.put("link", url.replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8)));
		return revealed;
	}

}
