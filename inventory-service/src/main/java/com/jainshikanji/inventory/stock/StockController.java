package com.jainshikanji.inventory.stock;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.inventory.security.StoreAccess;

/**
 * Stock at a store and its audit trail, for that store's staff and for admins. Every
 * change of units on hand is an adjustment with a reason and the caller as actor.
 */
@RestController
@RequestMapping("/api/v1/inventory")
class StockController {

	private final StockLevels stock;

	private final StoreAccess access;

	StockController(StockLevels stock, StoreAccess access) {
		this.stock = stock;
		this.access = access;
	}

	/** The store's stock by product name; {@code lowOnly} for what is low or out. */
	@GetMapping("/stores/{storeId}/stock")
	StockPageResponse atStore(@PathVariable UUID storeId, @RequestParam(defaultValue = "false") boolean lowOnly,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.atStore(storeId, lowOnly, page, size);
	}

	@GetMapping("/stores/{storeId}/stock/{productId}")
	StockResponse stock(@PathVariable UUID storeId, @PathVariable UUID productId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.stock(storeId, productId);
	}

	/** Sets the planning levels, starting to stock the product at the store if needed. */
	@PutMapping("/stores/{storeId}/stock/{productId}")
	StockResponse setLevels(@PathVariable UUID storeId, @PathVariable UUID productId,
			@Valid @RequestBody LevelsRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.setLevels(storeId, productId, request);
	}

	/** Adds or takes away units, with a reason. */
	@PostMapping("/stores/{storeId}/stock/{productId}/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	AdjustmentResponse adjust(@PathVariable UUID storeId, @PathVariable UUID productId,
			@Valid @RequestBody AdjustmentRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.adjust(storeId, productId, request, user.id());
	}

	/** Records a stock take: the counted units become the current stock. */
	@PostMapping("/stores/{storeId}/stock/{productId}/counts")
	@ResponseStatus(HttpStatus.CREATED)
	AdjustmentResponse count(@PathVariable UUID storeId, @PathVariable UUID productId,
			@Valid @RequestBody CountRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.count(storeId, productId, request, user.id());
	}

	@GetMapping("/stores/{storeId}/stock/{productId}/adjustments")
	AdjustmentPageResponse productAdjustments(@PathVariable UUID storeId, @PathVariable UUID productId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.adjustments(storeId, productId, page, size);
	}

	/** The store's whole audit trail, newest first. */
	@GetMapping("/stores/{storeId}/adjustments")
	AdjustmentPageResponse storeAdjustments(@PathVariable UUID storeId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		this.access.check(storeId, user);
		return this.stock.adjustments(storeId, null, page, size);
	}

	/** A product's stock at every store the caller runs (every store for admins). */
	@GetMapping("/products/{productId}/stock")
	List<StockResponse> ofProduct(@PathVariable UUID productId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.stock.ofProduct(productId, user.isAdmin() ? null : user.storeIds());
	}

}
