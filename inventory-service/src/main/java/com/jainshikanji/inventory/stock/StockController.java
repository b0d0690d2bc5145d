package com.jainshikanji.inventory.stock;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.StoreDuty;
import com.jainshikanji.common.web.IdempotencyKeys;
import com.jainshikanji.inventory.security.StoreAccess;

/**
 * Stock at a store and its audit trail. Every member of the store's staff reads them;
 * changing stock is {@link StoreDuty#KEEP_STOCK} (managers and chefs), and admins do
 * everything. Every change of units on hand is an adjustment with a reason and the caller
 * as actor.
 */
@RestController
@RequestMapping("/api/v1/inventory")
@Tag(name = "Stock",
		description = "Stock per product and store, and its audit trail. Every member of the store's staff may "
				+ "read them; setting levels, adjusting and counting stock is for its managers and chefs "
				+ "(others get 403 store-duty-not-allowed naming their job); admins may do everything. Staff of another "
				+ "store get 403.")
class StockController {

	/** Says whether the answer is the one an earlier request with the same key got. */

	private final StockLevels stock;

	private final StoreAccess access;

	StockController(StockLevels stock, StoreAccess access) {
		this.stock = stock;
		this.access = access;
	}

	@GetMapping("/stores/{storeId}/stock")
	@Operation(summary = "List a store's stock",
			description = "By product name; lowOnly=true for what is at or below its minimum.")
	StockPageResponse atStore(@PathVariable UUID storeId, @RequestParam(defaultValue = "false") boolean lowOnly,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.atStore(storeId, lowOnly, page, size);
	}

	@GetMapping("/stores/{storeId}/stock/{productId}")
	@Operation(summary = "Read a product's stock at a store")
	StockResponse stock(@PathVariable UUID storeId, @PathVariable UUID productId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.stock(storeId, productId);
	}

	@PutMapping("/stores/{storeId}/stock/{productId}")
	@Operation(summary = "Set stock levels",
			description = "Minimum, maximum, reorder point, unit and cost; starts stocking the product at the store "
					+ "if it was not yet, at a store the store service knows (404 store-not-found otherwise, 503 "
					+ "service-unavailable when it cannot say). The store's managers and chefs, and admins.")
	StockResponse setLevels(@PathVariable UUID storeId, @PathVariable UUID productId,
			@Valid @RequestBody LevelsRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.KEEP_STOCK);
		return this.stock.setLevels(storeId, productId, request.toLevels());
	}

	@PostMapping("/stores/{storeId}/stock/{productId}/adjustments")
	@Operation(summary = "Adjust stock",
			description = "Adds or takes away units with a reason (RESTOCK and RETURN add, WASTE and DAMAGE take "
					+ "away, CORRECTION either). Never below what reservations hold (409 insufficient-stock), "
					+ "never past 2147483647 units (409 stock-limit-exceeded). The first restock of a product at a "
					+ "store needs a store the store service knows (404 store-not-found). With an Idempotency-Key "
					+ "header (8-100 letters, digits, -, _, . or :) it is applied once: the same request again with "
					+ "the key answers 200 with the adjustment it made (Idempotent-Replayed: true), another request "
					+ "under the key is 422 idempotency-key-reused. Without one, every request is a new adjustment. "
					+ "The store's managers and chefs, and admins.")
	ResponseEntity<AdjustmentResponse> adjust(@PathVariable UUID storeId, @PathVariable UUID productId,
			@Parameter(description = "Makes retries safe: one adjustment per key and stock row") @RequestHeader(
					name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody AdjustmentRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.KEEP_STOCK);
		StockLevels.Adjusted adjusted = this.stock.adjust(storeId, productId, request,
				IdempotencyKeys.optional(idempotencyKey), user.id());
		return ResponseEntity.status(adjusted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header(IdempotencyKeys.REPLAYED, String.valueOf(adjusted.replayed()))
			.body(adjusted.adjustment());
	}

	@PostMapping("/stores/{storeId}/stock/{productId}/counts")
	@Operation(summary = "Record a stock take",
			description = "The counted units become the current stock; never below what reservations hold (409 "
					+ "count-below-reserved). The store's managers and chefs, and admins.")
	@ResponseStatus(HttpStatus.CREATED)
	AdjustmentResponse count(@PathVariable UUID storeId, @PathVariable UUID productId,
			@Valid @RequestBody CountRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user, StoreDuty.KEEP_STOCK);
		return this.stock.count(storeId, productId, request, user.id());
	}

	@GetMapping("/stores/{storeId}/stock/{productId}/adjustments")
	@Operation(summary = "Read a product's stock history at a store", description = "Newest first.")
	AdjustmentPageResponse productAdjustments(@PathVariable UUID storeId, @PathVariable UUID productId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.adjustments(storeId, productId, page, size);
	}

	@GetMapping("/stores/{storeId}/adjustments")
	@Operation(summary = "Read a store's stock history", description = "Every change of every product, newest first.")
	AdjustmentPageResponse storeAdjustments(@PathVariable UUID storeId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.adjustments(storeId, null, page, size);
	}

	@GetMapping("/products/{productId}/stock")
	@Operation(summary = "Read a product's stock across stores",
			description = "At every store the caller works at; every store for admins.")
	List<StockResponse> ofProduct(@PathVariable UUID productId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.stock.ofProduct(productId, user.isAdmin() ? null : user.storeIds());
	}

}
