package com.jainshikanji.order.placement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUserToken;
import com.jainshikanji.common.web.IdempotencyKeys;
import com.jainshikanji.order.order.OrderResponse;

/**
 * Placing orders. The answer is written as stored with the Idempotency-Key, so a retry
 * gets exactly the first answer (and {@code Idempotent-Replayed: true}).
 */
@RestController
@Tag(name = "Placing orders",
		description = "A customer places an order; the server prices it, checks the store and reserves the stock. "
				+ "Idempotent per customer and Idempotency-Key.")
class OrderPlacementController {

	private static final int MAX_KEY_LENGTH = 255;

	private final OrderPlacement placement;

	private final PlacementTurns turns;

	OrderPlacementController(OrderPlacement placement, PlacementTurns turns) {
		this.placement = placement;
		this.turns = turns;
	}

	@PostMapping("/api/v1/orders")
	@Operation(summary = "Place an order",
			description = "Customers only. Send a new Idempotency-Key per order (a UUID will do) and the same key "
					+ "when retrying: the same key and body get the first answer again (Idempotent-Replayed: true), "
					+ "a different body 422, and a retry while the first is still running 409. Every amount is "
					+ "decided by the server. Online payment: the order is pending until paid (paymentDueBy); "
					+ "cash on delivery, or nothing left to pay after discounts: confirmed at once. 422 names what "
					+ "cannot be ordered and why (online-payment-too-small: discounts leave less than INR 1.00, "
					+ "the least that can be paid online, but not nothing); 409 "
					+ "insufficient-stock names the items short; 503 with Retry-After when a service it needs is down "
					+ "(service-unavailable) or more orders are being placed than the service takes on at once "
					+ "(placements-busy): send the same request again.",
			parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
					description = "Up to 255 printable ASCII characters, unique per order; kept 24 h"),
			responses = @ApiResponse(responseCode = "201", description = "Placed",
					content = @Content(schema = @Schema(implementation = OrderResponse.class))))
	ResponseEntity<String> place(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@Valid @RequestBody PlaceOrderRequest request, AuthenticatedUserToken authentication) {
		OrderPlacement.Customer customer = new OrderPlacement.Customer(authentication.getPrincipal().id(),
				authentication.getCredentials().getTokenValue());
		String checkedKey = checked(key);
		// The turn is taken before the key is claimed: a wait for it must not use up the
		// claim's lease.
		StoredResponse response = this.turns.take(() -> this.placement.place(customer, checkedKey, request));
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.status())
			.contentType(response.created() ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON)
			.header(IdempotencyKeys.REPLAYED, String.valueOf(response.replayed()));
		if (response.created()) {
			answer.location(ServletUriComponentsBuilder.fromCurrentRequest()
				.path("/{id}")
				.buildAndExpand(response.orderId())
				.toUri());
		}
		return answer.body(response.body());
	}

	private static String checked(@Nullable String key) {
		if (key == null || key.isEmpty()) {
			throw new IdempotencyKeyRequired("is required");
		}
		if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7F)) {
			throw new IdempotencyKeyRequired("must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
		}
		return key;
	}

}
