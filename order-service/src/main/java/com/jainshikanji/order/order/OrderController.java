package com.jainshikanji.order.order;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Orders as their customers (and the store's staff, and admins) read them, and the
 * customer's cancellation.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders",
		description = "Reading orders and their timeline, and cancelling. A customer reaches their own orders, staff "
				+ "those of their stores, admins all; any other order does not exist (404).")
class OrderController {

	private final OrderQueries queries;

	private final OrderOperations operations;

	OrderController(OrderQueries queries, OrderOperations operations) {
		this.queries = queries;
		this.operations = operations;
	}

	@GetMapping
	@Operation(summary = "List my orders",
			description = "Newest first, optionally only some statuses and a time window (from before to).")
	OrderPageResponse mine(@Valid @ModelAttribute @ParameterObject OrderQuery query,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.ofCustomer(user.id(), query, user);
	}

	@GetMapping("/customer/{customerId}")
	@Operation(summary = "List a customer's orders", description = "The customer themselves, or an admin.")
	OrderPageResponse ofCustomer(@PathVariable UUID customerId,
			@Valid @ModelAttribute @ParameterObject OrderQuery query, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.ofCustomer(customerId, query, user);
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "Read an order")
	OrderResponse order(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.order(orderId, user);
	}

	@GetMapping("/{orderId}/timeline")
	@Operation(summary = "Read an order's timeline", description = "Every status it went through: who, when, why.")
	List<TimelineResponse> timeline(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.timeline(orderId, user);
	}

	@PostMapping("/{orderId}/cancel")
	@Operation(summary = "Cancel an order",
			description = "Its customer, while it is pending or confirmed (staff who ordered at their own store too: "
					+ "they cancel as its customer); its store's manager, cashier or support staff, or an admin "
					+ "(rejecting it), until it is out for delivery; other staff of the store get 403 "
					+ "store-duty-not-allowed. Money paid is refunded. 409 illegal-order-transition when too late.")
	OrderResponse cancel(@PathVariable UUID orderId, @Valid @RequestBody CancelRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.operations.cancel(orderId, request.reason(), user);
	}

}
