package com.jainshikanji.order.order;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/** Running orders at the store: the queue, moving orders on, assigning delivery. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Running orders",
		description = "For the store's staff and admins: the kitchen queue, the next status of an order, and who "
				+ "delivers it. Orders of other stores do not exist for them (404). Rejecting an order and "
				+ "assigning its rider are for the store's manager, cashier and support staff (403 "
				+ "store-duty-not-allowed for other jobs).")
class StoreOrderController {

	private final OrderQueries queries;

	private final OrderOperations operations;

	StoreOrderController(OrderQueries queries, OrderOperations operations) {
		this.queries = queries;
		this.operations = operations;
	}

	@GetMapping("/store/{storeId}")
	@Operation(summary = "The store's queue",
			description = "Oldest first, optionally only some statuses and a time range (e.g. "
					+ "status=confirmed&status=preparing). Staff of the store and admins.")
	OrderPageResponse queue(@PathVariable UUID storeId, @Valid @ModelAttribute @ParameterObject OrderQuery query,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.atStore(storeId, query, user);
	}

	@PutMapping("/{orderId}/status")
	@Operation(summary = "Move an order to its next status",
			description = "confirmed → preparing → ready → out_for_delivery (delivery only) → delivered; "
					+ "cancelled rejects it (until it is out for delivery), which only the store's manager, cashier "
					+ "and support staff and admins may do (403 store-duty-not-allowed for other jobs). Any staff of "
					+ "the store moves an order on. Only the next status is accepted (409 "
					+ "illegal-order-transition otherwise). Delivering a cash-on-delivery order needs cashCollected.")
	OrderResponse changeStatus(@PathVariable UUID orderId, @Valid @RequestBody StatusChangeRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.operations.changeStatus(orderId, request.toChange(), user);
	}

	@PutMapping("/{orderId}/delivery-person")
	@Operation(summary = "Assign who delivers an order",
			description = "An active delivery rider of the order's store (422 otherwise); delivery orders only, "
					+ "from confirmed until delivered. Only the store's manager, cashier and support staff and "
					+ "admins assign (403 store-duty-not-allowed for other jobs, riders included).")
	OrderResponse assignDeliveryPerson(@PathVariable UUID orderId, @Valid @RequestBody DeliveryPersonRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.operations.assignDeliveryPerson(orderId, request.userId(), user);
	}

}
