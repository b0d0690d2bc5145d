package com.jainshikanji.inventory.purchasing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.inventory.catalog.ProductLookup;
import com.jainshikanji.inventory.stock.Actor;
import com.jainshikanji.inventory.stock.StockLevels;
import com.jainshikanji.inventory.stock.StockLine;
import com.jainshikanji.inventory.stores.StoreClient;

/**
 * Use cases of purchasing: suppliers, and purchase orders from placing to receiving,
 * where the goods go into the store's stock in the same transaction. Every change is
 * recorded in the audit log.
 */
@Service
class Purchasing {

	/** Business dates (order date, received date) are Indian dates. */
	static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Kolkata");

	private final Suppliers suppliers;

	private final PurchaseOrders purchaseOrders;

	private final ProductLookup products;

	private final StockLevels stock;

	private final StoreClient stores;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Purchasing(Suppliers suppliers, PurchaseOrders purchaseOrders, ProductLookup products, StockLevels stock,
			StoreClient stores, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.suppliers = suppliers;
		this.purchaseOrders = purchaseOrders;
		this.products = products;
		this.stock = stock;
		this.stores = stores;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SupplierResponse> suppliers(@Nullable Boolean active) {
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
	SupplierResponse createSupplier(SupplierDetails details) {
		Supplier supplier = new Supplier(details, this.clock.instant());
		this.suppliers.saveAndFlush(supplier);
		this.audit.record(AuditEvent.of("supplier.created", "supplier", supplier.id()).with("supplier", details));
		return supplier.toResponse();
	}

	@Transactional
	SupplierResponse changeSupplier(UUID supplierId, SupplierDetails details) {
		Supplier supplier = loadSupplier(supplierId);
		SupplierDetails before = supplier.details();
		supplier.change(details, this.clock.instant());
		this.suppliers.flush();
		this.audit.record(AuditEvent.of("supplier.changed", "supplier", supplierId)
			.with("before", before)
			.with("after", supplier.details()));
		return supplier.toResponse();
	}

	@Transactional
	void deactivateSupplier(UUID supplierId) {
		Supplier supplier = loadSupplier(supplierId);
		if (supplier.deactivate(this.clock.instant())) {
			this.audit
				.record(AuditEvent.of("supplier.deactivated", "supplier", supplierId).with("name", supplier.name()));
		}
	}

	/**
	 * Places a pending purchase order, numbered {@code PO-<year>-<six digits>}, for a
	 * store the store service knows: its goods go into that store's stock when received.
	 */
	@Transactional
	PurchaseOrderResponse place(UUID storeId, UUID supplierId, PurchaseOrder.Terms terms, UUID userId) {
		this.stores.requireExists(storeId);
		Supplier supplier = loadSupplier(supplierId);
		this.products.requireAll(terms.lines().stream().map(PurchaseOrder.Line::productId).toList());
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
		PurchaseOrder order = PurchaseOrder.place(nextNumber(today), supplier, storeId, terms, userId, now, today);
		this.purchaseOrders.saveAndFlush(order);
		this.audit.record(audited("purchase-order.placed", order).with("supplierId", supplierId)
			.with("items",
					terms.lines()
						.stream()
						.map((line) -> Map.of("productId", line.productId(), "quantity", line.quantity(), "unitPrice",
								line.unitPrice().amount()))
						.toList())
			.with("total", order.total().amount()));
		return toResponse(order);
	}

	@Transactional(readOnly = true)
	PurchaseOrderResponse purchaseOrder(UUID storeId, UUID purchaseOrderId) {
		return toResponse(this.purchaseOrders.findById(purchaseOrderId)
			.filter((order) -> order.storeId().equals(storeId))
			.orElseThrow(() -> new PurchaseOrderNotFound(purchaseOrderId)));
	}

	@Transactional(readOnly = true)
	PurchaseOrderPageResponse purchaseOrders(UUID storeId, @Nullable PurchaseOrderStatus status, int page, int size) {
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
		this.audit.record(audited("purchase-order.confirmed", order));
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
		List<StockLine> received = order.receive(now, LocalDate.ofInstant(now, BUSINESS_ZONE));
		this.stock.receive(storeId, received, Actor.of(userId, order.poNumber()));
		this.audit.record(audited("purchase-order.received", order).with("items",
				received.stream()
					.map((line) -> Map.of("productId", line.productId(), "quantity", line.quantity()))
					.toList()));
		return toResponse(order);
	}

	@Transactional
	PurchaseOrderResponse cancel(UUID storeId, UUID purchaseOrderId) {
		PurchaseOrder order = lock(storeId, purchaseOrderId);
		PurchaseOrderStatus before = order.status();
		order.cancel(this.clock.instant());
		this.audit.record(audited("purchase-order.cancelled", order).with("from", before));
		return toResponse(order);
	}

	private static AuditEvent audited(String action, PurchaseOrder order) {
		return AuditEvent.of(action, "purchase-order", order.id())
			.atStore(order.storeId())
			.with("number", order.poNumber());
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
