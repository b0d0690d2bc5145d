package com.jainshikanji.inventory.config;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.ProblemDetailsAdvice;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.inventory.catalog.CategoryInUse;
import com.jainshikanji.inventory.catalog.CategoryNotFound;
import com.jainshikanji.inventory.catalog.CustomizationNotFound;
import com.jainshikanji.inventory.catalog.InvalidCustomization;
import com.jainshikanji.inventory.catalog.InvalidProduct;
import com.jainshikanji.inventory.catalog.InvalidSelection;
import com.jainshikanji.inventory.catalog.InvalidSlug;
import com.jainshikanji.inventory.catalog.ProductNotFound;
import com.jainshikanji.inventory.catalog.SkuTaken;
import com.jainshikanji.inventory.catalog.SlugTaken;
import com.jainshikanji.inventory.purchasing.IllegalPurchaseOrderTransition;
import com.jainshikanji.inventory.purchasing.InvalidPurchaseOrder;
import com.jainshikanji.inventory.purchasing.PurchaseOrderNotFound;
import com.jainshikanji.inventory.purchasing.SupplierInactive;
import com.jainshikanji.inventory.purchasing.SupplierNotFound;
import com.jainshikanji.inventory.reservation.IllegalReservationTransition;
import com.jainshikanji.inventory.reservation.ReservationConflict;
import com.jainshikanji.inventory.reservation.ReservationNotFound;
import com.jainshikanji.inventory.stock.CountBelowReserved;
import com.jainshikanji.inventory.stock.InsufficientStock;
import com.jainshikanji.inventory.stock.InvalidStockChange;
import com.jainshikanji.inventory.stock.StockNotFound;

/** The service's domain exceptions as problems; everything generic is inherited. */
@RestControllerAdvice
class InventoryExceptionHandler extends ProblemDetailsAdvice {

	@ExceptionHandler(ProductNotFound.class)
	ResponseEntity<Object> productNotFound(ProductNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", ex, request);
	}

	@ExceptionHandler(CategoryNotFound.class)
	ResponseEntity<Object> categoryNotFound(CategoryNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "category-not-found", "Category not found", ex, request);
	}

	@ExceptionHandler(CustomizationNotFound.class)
	ResponseEntity<Object> customizationNotFound(CustomizationNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "customization-not-found", "Customization not found", ex, request);
	}

	@ExceptionHandler(StockNotFound.class)
	ResponseEntity<Object> stockNotFound(StockNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "stock-not-found", "Stock not found", ex, request);
	}

	@ExceptionHandler(ReservationNotFound.class)
	ResponseEntity<Object> reservationNotFound(ReservationNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "reservation-not-found", "Reservation not found", ex, request);
	}

	@ExceptionHandler(SupplierNotFound.class)
	ResponseEntity<Object> supplierNotFound(SupplierNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "supplier-not-found", "Supplier not found", ex, request);
	}

	@ExceptionHandler(PurchaseOrderNotFound.class)
	ResponseEntity<Object> purchaseOrderNotFound(PurchaseOrderNotFound ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, "purchase-order-not-found", "Purchase order not found", ex, request);
	}

	/** 422 whose type is the rule broken, also given as {@code rule}. */
	@ExceptionHandler(InvalidSelection.class)
	ResponseEntity<Object> invalidSelection(InvalidSelection ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of(ex.rule().slug()),
				"Invalid selection", ex.getMessage());
		problem.setProperty("rule", ex.rule().slug());
		return problem(problem, request);
	}

	@ExceptionHandler(SlugTaken.class)
	ResponseEntity<Object> slugTaken(SlugTaken ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "slug-taken", "Slug taken", ex, request);
	}

	@ExceptionHandler(SkuTaken.class)
	ResponseEntity<Object> skuTaken(SkuTaken ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "sku-taken", "SKU taken", ex, request);
	}

	@ExceptionHandler(CategoryInUse.class)
	ResponseEntity<Object> categoryInUse(CategoryInUse ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "category-in-use", "Category in use", ex, request);
	}

	@ExceptionHandler(InvalidSlug.class)
	ResponseEntity<Object> invalidSlug(InvalidSlug ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-slug", "Invalid slug", ex, request);
	}

	@ExceptionHandler(InvalidProduct.class)
	ResponseEntity<Object> invalidProduct(InvalidProduct ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-product", "Invalid product", ex, request);
	}

	@ExceptionHandler(InvalidCustomization.class)
	ResponseEntity<Object> invalidCustomization(InvalidCustomization ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-customization", "Invalid customization", ex, request);
	}

	@ExceptionHandler(Money.NegativeAmount.class)
	ResponseEntity<Object> negativeAmount(Money.NegativeAmount ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "negative-amount", "Negative amount", ex, request);
	}

	/** 409 listing every product short under {@code shortages}. */
	@ExceptionHandler(InsufficientStock.class)
	ResponseEntity<Object> insufficientStock(InsufficientStock ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.of("insufficient-stock"),
				"Insufficient stock", ex.getMessage());
		problem.setProperty("storeId", ex.storeId());
		problem.setProperty("shortages", ex.shortages());
		return problem(problem, request);
	}

	@ExceptionHandler(CountBelowReserved.class)
	ResponseEntity<Object> countBelowReserved(CountBelowReserved ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "count-below-reserved", "Count below reserved stock", ex, request);
	}

	@ExceptionHandler(InvalidStockChange.class)
	ResponseEntity<Object> invalidStockChange(InvalidStockChange ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-stock-change", "Invalid stock change", ex, request);
	}

	@ExceptionHandler(ReservationConflict.class)
	ResponseEntity<Object> reservationConflict(ReservationConflict ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "reservation-conflict", "Order already has another reservation", ex,
				request);
	}

	@ExceptionHandler(IllegalReservationTransition.class)
	ResponseEntity<Object> illegalReservationTransition(IllegalReservationTransition ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "illegal-reservation-transition", "Illegal reservation transition", ex,
				request);
	}

	@ExceptionHandler(IllegalPurchaseOrderTransition.class)
	ResponseEntity<Object> illegalPurchaseOrderTransition(IllegalPurchaseOrderTransition ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "illegal-purchase-order-transition", "Illegal purchase order transition",
				ex, request);
	}

	@ExceptionHandler(InvalidPurchaseOrder.class)
	ResponseEntity<Object> invalidPurchaseOrder(InvalidPurchaseOrder ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-purchase-order", "Invalid purchase order", ex,
				request);
	}

	@ExceptionHandler(SupplierInactive.class)
	ResponseEntity<Object> supplierInactive(SupplierInactive ex, WebRequest request) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "supplier-inactive", "Supplier inactive", ex, request);
	}

	private ResponseEntity<Object> problem(HttpStatus status, String slug, String title, RuntimeException ex,
			WebRequest request) {
		return problem(Problems.of(status, ProblemTypes.of(slug), title, ex.getMessage()), request);
	}

}
