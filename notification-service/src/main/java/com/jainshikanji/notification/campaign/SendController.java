package com.jainshikanji.notification.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.web.IdempotencyKeys;

/**
 * Admins send a template to one person or a segment (the security configuration checks).
 */
@RestController
@Tag(name = "Sending", description = "Admins only: a promotion or an announcement to one person or a segment.")
class SendController {

	private final Campaigns campaigns;

	SendController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping("/api/v1/notifications/send")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a promotion or an announcement",
			description = "To `userId` (422 `unknown-recipient` if no such customer is known), or to a `segment`: "
					+ "EVERYONE, STORE_CUSTOMERS (who ordered from `storeId`) or LOYALTY_TIER (`tier`). Each person "
					+ "gets it on the channels the kind's templates use and their preferences allow: promotions only "
					+ "to those who opted in, and only a promotion carries a coupon `code` (400 naming `variables.code` for "
					+ "an announcement with one). With an Idempotency-Key (8-100 letters, digits, -, _, . or :), asking "
					+ "again answers the first send's result and sends nothing more.")
	SendResponse send(@Valid @RequestBody SendRequest request,
			@Parameter(description = "Makes a retried send happen once.") @RequestHeader(name = IdempotencyKeys.HEADER,
					required = false) @Nullable String idempotencyKey,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return this.campaigns.send(request.kind(), request.audience(), request.words(), admin.id(),
				IdempotencyKeys.optional(idempotencyKey));
	}

}
