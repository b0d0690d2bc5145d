package com.jainshikanji.inventory.purchasing;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import com.jainshikanji.common.security.StoreDuty;
import com.jainshikanji.inventory.security.StoreAccess;

/**
 * A store's purchase orders. Every member of the store's staff reads them; placing,
 * confirming and cancelling one is {@link StoreDuty#BUY_SUPPLIES} (managers), receiving
 * the goods is {@link StoreDuty#KEEP_STOCK} (managers and chefs), and admins do
 * everything. Transitions are their own endpoints; an illegal one is a 409.
 */
@RestController
@RequestMapping("/api/v1/inventory/stores/{storeId}/purchase-orders")
@Tag(name = "Purchase orders",
		description = "A store's orders with its suppliers: placed, confirmed, received (the goods go into stock) "
				+ "or cancelled. Every member of the store's staff may read them; placing, confirming and "
				+ "cancelling is for its managers, receiving for its managers and chefs (others get 403 "
				+ "store-duty-not-allowed naming their job); admins may do everything. Staff of another store get 403.")
class PurchaseOrderController {

	private final Purchasing purchasing;

	private final StoreAccess access;

	PurchaseOrderController(Purchasing purchasing, StoreAccess access) {
		this.purchasing = purchasing;
		this.access = access;
	}

	@PostMapping
	@Operation(summary = "Place a purchase order",
			description = "Numbered PO-<year>-<number> and PENDING, for a store the store service knows (404 "
					+ "store-not-found otherwise). An inactive supplier is a 422 supplier-inactive; "
					+ "an amount past 9999999999.99 (a line, the subtotal or the total) a 422 amount-too-large. The "
					+ "store's managers, and admins.")
	ResponseEntity<PurchaseOrderResponse> place(@PathVariable UUID storeId,
			@Valid @RequestBody PurchaseOrderRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.BUY_SUPPLIES);
		PurchaseOrderResponse order = this.purchasing.place(storeId, request.supplierId(), request.toTerms(),
				user.id());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUri();
		return ResponseEntity.created(location).body(order);
	}

	@GetMapping
	@Operation(summary = "List a store's purchase orders",
			description = "Newest first; only those in status when it is given.")
	PurchaseOrderPageResponse purchaseOrders(@PathVariable UUID storeId,
			@RequestParam(required = false) @Nullable PurchaseOrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.purchaseOrders(storeId, status, page, size);
	}

	@GetMapping("/{purchaseOrderId}")
	@Operation(summary = "Read a purchase order")
	PurchaseOrderResponse purchaseOrder(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.purchasing.purchaseOrder(storeId, purchaseOrderId);
	}

	@PostMapping("/{purchaseOrderId}/confirm")
	@Operation(summary = "Confirm a purchase order",
			description = "The supplier accepted it; PENDING only. The store's managers, and admins.")
	PurchaseOrderResponse confirm(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.BUY_SUPPLIES);
		return this.purchasing.confirm(storeId, purchaseOrderId);
	}

	@PostMapping("/{purchaseOrderId}/receive")
	@Operation(summary = "Receive a purchase order",
			description = "The goods arrived: every item's units go into the store's stock, once; CONFIRMED only. "
					+ "Stock that would pass 2147483647 units is a 409 stock-limit-exceeded, and nothing changes. "
					+ "The store's managers and chefs, and admins.")
	PurchaseOrderResponse receive(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.KEEP_STOCK);
		return this.purchasing.receive(storeId, purchaseOrderId, user.id());
	}

	@PostMapping("/{purchaseOrderId}/cancel")
	@Operation(summary = "Cancel a purchase order",
			description = "PENDING or CONFIRMED only. The store's managers, and admins.")
	PurchaseOrderResponse cancel(@PathVariable UUID storeId, @PathVariable UUID purchaseOrderId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.BUY_SUPPLIES);
		return this.purchasing.cancel(storeId, purchaseOrderId);
	}

}
