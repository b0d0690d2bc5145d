package com.jainshikanji.inventory.purchasing;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.inventory.security.StoreAccess;

/**
 * A store's purchase orders, for that store's staff and for admins. Transitions are their
 * own endpoints; an illegal one is a 409.
 */
@RestController
@RequestMapping("/api/v1/inventory/stores/{storeId}/purchase-orders")
class PurchaseOrderController {

	private final Purchasing purchasing;

	private final StoreAccess access;

	PurchaseOrderController(Purchasing purchasing, StoreAccess access) {
		this.purchasing = purchasing;
		this.access = access;
	}

	@PostMapping
	ResponseEntity<PurchaseOrderResponse> place(@PathVariable UUID storeId,
			@Valid @RequestBody PurchaseOrderRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		PurchaseOrderResponse order = this.purchasing.place(storeId, request, user.id());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUri();
		return ResponseEntity.created(location).body(order);
	}

	/**
	 * The store's purchase orders, newest first; only those in {@code status} if given.
	 */
	@GetMapping
	PurchaseOrderPageResponse purchaseOrders(@PathVariable UUID storeId,
			@RequestParam(required = false) PurchaseOrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.purchaseOrders(storeId, status, page, size);
	}

	@GetMapping("/{purchaseOrderId}")
	PurchaseOrderResponse purchaseOrder(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.purchaseOrder(storeId, purchaseOrderId);
	}

	@PostMapping("/{purchaseOrderId}/confirm")
	PurchaseOrderResponse confirm(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.confirm(storeId, purchaseOrderId);
	}

	/** The goods arrived: they go into the store's stock. Receiving twice is refused. */
	@PostMapping("/{purchaseOrderId}/receive")
	PurchaseOrderResponse receive(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.receive(storeId, purchaseOrderId, user.id());
	}

	@PostMapping("/{purchaseOrderId}/cancel")
	PurchaseOrderResponse cancel(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.cancel(storeId, purchaseOrderId);
	}

}
