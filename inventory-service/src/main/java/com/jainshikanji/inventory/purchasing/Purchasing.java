package com.jainshikanji.inventory.purchasing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.inventory.catalog.ProductLookup;
import com.jainshikanji.inventory.stock.Actor;
import com.jainshikanji.inventory.stock.StockLevels;

/**
 * Use cases of purchasing: suppliers, and purchase orders from placing to receiving,
 * where the goods go into the store's stock in the same transaction.
 */
@Service
class Purchasing {

	/** Business dates (order date, received date) are Indian dates. */
	static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Kolkata");

	private final Suppliers suppliers;

	private final PurchaseOrders purchaseOrders;

	private final ProductLookup products;

	private final StockLevels stock;

	private final JdbcClient jdbc;

	private final Clock clock;

	Purchasing(Suppliers suppliers, PurchaseOrders purchaseOrders, ProductLookup products, StockLevels stock,
			JdbcClient jdbc, Clock clock) {
		this.suppliers = suppliers;
		this.purchaseOrders = purchaseOrders;
		this.products = products;
		this.stock = stock;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SupplierResponse> suppliers(Boolean active) {
		return ((active != null) ? this.suppliers.findByActiveOrderByNameAsc(active)
				: this.suppliers.findAllByOrderByNameAsc())
			.stream()
			.map(Supplier::toResponse)
			.toList();
	}

	@Transactional(readOnly = true)
	SupplierResponse supplier(UUID supplierId) {
		return loadSupplier(supplierId).toResponse();
	}

	@Transactional
	SupplierResponse createSupplier(SupplierRequest request) {
		Supplier supplier = new Supplier(request, this.clock.instant());
		this.suppliers.saveAndFlush(supplier);
		return supplier.toResponse();
	}

	@Transactional
	SupplierResponse changeSupplier(UUID supplierId, SupplierRequest request) {
		Supplier supplier = loadSupplier(supplierId);
		supplier.change(request, this.clock.instant());
		this.suppliers.flush();
		return supplier.toResponse();
	}

	@Transactional
	void deactivateSupplier(UUID supplierId) {
		loadSupplier(supplierId).deactivate(this.clock.instant());
	}

	/** Places a pending purchase order, numbered {@code PO-<year>-<six digits>}. */
	@Transactional
	PurchaseOrderResponse place(UUID storeId, PurchaseOrderRequest request, UUID userId) {
		Supplier supplier = loadSupplier(request.supplierId());
		this.products.requireAll(request.productIds());
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
		PurchaseOrder order = PurchaseOrder.place(nextNumber(today), supplier, storeId, request.toTerms(), userId, now,
				today);
		this.purchaseOrders.saveAndFlush(order);
		return toResponse(order);
	}

	@Transactional(readOnly = true)
	PurchaseOrderResponse purchaseOrder(UUID storeId, UUID purchaseOrderId) {
		return toResponse(this.purchaseOrders.findById(purchaseOrderId)
			.filter((order) -> order.storeId().equals(storeId))
			.orElseThrow(() -> new PurchaseOrderNotFound(purchaseOrderId)));
	}

	@Transactional(readOnly = true)
	PurchaseOrderPageResponse purchaseOrders(UUID storeId, PurchaseOrderStatus status, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
		Page<PurchaseOrder> orders = (status != null)
				? this.purchaseOrders.findByStoreIdAndStatus(storeId, status, request)
				: this.purchaseOrders.findByStoreId(storeId, request);
		return new PurchaseOrderPageResponse(orders.stream().map(this::toResponse).toList(), page, size,
				orders.getTotalElements());
	}

	@Transactional
	PurchaseOrderResponse confirm(UUID storeId, UUID purchaseOrderId) {
		PurchaseOrder order = lock(storeId, purchaseOrderId);
		order.confirm(this.clock.instant());
		return toResponse(order);
	}

	/**
	 * Receives the goods: the order becomes RECEIVED and every item's units go into the
	 * store's stock, in one transaction. The order is locked first, so of two concurrent
	 * receives one waits and is then refused.
	 */
	@Transactional
	PurchaseOrderResponse receive(UUID storeId, UUID purchaseOrderId, UUID userId) {
		PurchaseOrder order = lock(storeId, purchaseOrderId);
		Instant now = this.clock.instant();
		this.stock.receive(storeId, order.receive(now, LocalDate.ofInstant(now, BUSINESS_ZONE)),
				Actor.of(userId, order.poNumber()));
		return toResponse(order);
	}

	@Transactional
	PurchaseOrderResponse cancel(UUID storeId, UUID purchaseOrderId) {
		PurchaseOrder order = lock(storeId, purchaseOrderId);
		order.cancel(this.clock.instant());
		return toResponse(order);
	}

	private PurchaseOrder lock(UUID storeId, UUID purchaseOrderId) {
		return this.purchaseOrders.lockById(purchaseOrderId)
			.filter((order) -> order.storeId().equals(storeId))
			.orElseThrow(() -> new PurchaseOrderNotFound(purchaseOrderId));
	}

	private Supplier loadSupplier(UUID supplierId) {
		return this.suppliers.findById(supplierId).orElseThrow(() -> new SupplierNotFound(supplierId));
	}

	private String nextNumber(LocalDate today) {
		long next = this.jdbc.sql("SELECT nextval('purchase_order_number_seq')").query(Long.class).single();
		return String.format("PO-%d-%06d", today.getYear(), next);
	}

	private PurchaseOrderResponse toResponse(PurchaseOrder order) {
		Map<UUID, String> names = this.products.namesOf(order.productIds());
		return order.toResponse(names);
	}

}
