package com.jainshikanji.analytics.funnel;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One step of a visit, as an app reports it. Visits are told apart by the app's own
 * session id (random, not the user's id; a signed-in user's id comes from the token).
 *
 * @param type product_viewed, added_to_cart or checkout_started
 * @param sessionId the app's id for this visit: 8 to 64 letters, digits, '-' or '_'
 * @param storeId the store the visitor is ordering from, when chosen
 * @param productId the product viewed or added (required for those two)
 * @param quantity units added to the cart, 1 to 99
 * @param platform web, android or ios
 */
@ProductNamedWhereNeeded
record ClientEventRequest(@NotNull ClientEventType type,
		@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{8,64}",
				message = "must be 8 to 64 letters, digits, '-' or '_'") String sessionId,
		@Nullable UUID storeId, @Nullable UUID productId, @Nullable @Min(1) @Max(99) Integer quantity,
		@Nullable ClientPlatform platform) {

	ClientEvent toEvent(@Nullable UUID customerId) {
		return new ClientEvent(this.type, this.sessionId, customerId, this.storeId, this.productId, this.quantity,
				this.platform);
	}

}
