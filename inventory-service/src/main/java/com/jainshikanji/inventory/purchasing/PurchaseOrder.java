package com.jainshikanji.inventory.purchasing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.stock.StockLine;

/**
 * An order a store places with a supplier. Its items and amounts are fixed when it is
 * placed, none of them more than {@link #MAX_AMOUNT}; after that it only moves
 * {@code PENDING -> CONFIRMED -> RECEIVED}, or to {@code CANCELLED} before it is
 * received, and refuses every other move. Receiving happens once, which is what makes the
 * goods reach stock once.
 */
@Entity
@Table(name = "purchase_orders")
class PurchaseOrder {

	/**
	 * The most any amount of a purchase order (a line's total, the subtotal, the total)
	 * can be: what its {@code DECIMAL(12,2)} columns hold.
	 */
	static final Money MAX_AMOUNT = Money.of("9999999999.99");

	@Id
	private UUID id;

	private String poNumber;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "supplier_id")
	private Supplier supplier;

	private UUID storeId;

	@Enumerated(EnumType.STRING)
	private PurchaseOrderStatus status;

	private Money subtotal;

	private Money tax;

	private Money shipping;

	private Money total;

	private LocalDate orderDate;

	private @Nullable LocalDate expectedDeliveryDate;

	private @Nullable LocalDate receivedDate;

	private @Nullable String notes;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable UUID createdBy;

	@Version
	private @Nullable Long version;

	@OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PurchaseOrderItem> items = new ArrayList<>();

	protected PurchaseOrder() {
	}

	private PurchaseOrder(String poNumber, Supplier supplier, UUID storeId, Terms terms, @Nullable UUID createdBy,
			Instant now, LocalDate today) {
		this.id = UUID.randomUUID();
		this.poNumber = poNumber;
		this.supplier = supplier;
		this.storeId = storeId;
		this.status = PurchaseOrderStatus.PENDING;
		this.orderDate = today;
		this.expectedDeliveryDate = terms.expectedDeliveryDate();
		this.notes = terms.notes();
		this.createdAt = now;
		this.updatedAt = now;
		this.createdBy = createdBy;
		Set<UUID> products = new HashSet<>();
		Money subtotal = Money.ZERO;
		for (int i = 0; i < terms.lines().size(); i++) {
			Line line = terms.lines().get(i);
			if (!products.add(line.productId())) {
				throw new InvalidPurchaseOrder("Product " + line.productId() + " is listed twice");
			}
			Money lineTotal = atMostMax(line.unitPrice().times(line.quantity()), "items[" + i + "].totalPrice",
					line.quantity() + " x " + line.unitPrice().amount().toPlainString());
			this.items.add(new PurchaseOrderItem(this, line.productId(), line.quantity(), line.unitPrice(), lineTotal));
			subtotal = atMostMax(subtotal.plus(lineTotal), "subtotal", "the sum of the items");
		}
		this.subtotal = subtotal;
		this.tax = atMostMax(terms.tax(), "tax", "tax");
		this.shipping = atMostMax(terms.shipping(), "shipping", "shipping");
		this.total = atMostMax(subtotal.plus(this.tax).plus(this.shipping), "total", "subtotal + tax + shipping");
	}

	private static Money atMostMax(Money amount, String field, String computation) {
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			throw new AmountTooLarge(field, computation, amount);
		}
		return amount;
	}

	/**
	 * A new pending purchase order.
	 * @throws SupplierInactive when the supplier was deactivated
	 * @throws InvalidPurchaseOrder when a product is listed twice
	 * @throws AmountTooLarge when an amount would be more than {@link #MAX_AMOUNT}
	 */
	static PurchaseOrder place(String poNumber, Supplier supplier, UUID storeId, Terms terms, @Nullable UUID createdBy,
			Instant now, LocalDate today) {
		if (!supplier.active()) {
			throw new SupplierInactive(supplier.id());
		}
		return new PurchaseOrder(poNumber, supplier, storeId, terms, createdBy, now, today);
	}

	/** The supplier accepted the order. */
	void confirm(Instant now) {
		moveTo(PurchaseOrderStatus.CONFIRMED, EnumSet.of(PurchaseOrderStatus.PENDING), now);
	}

	/**
	 * The goods arrived.
	 * @return the units that now go into the store's stock
	 */
	List<StockLine> receive(Instant now, LocalDate today) {
		moveTo(PurchaseOrderStatus.RECEIVED, EnumSet.of(PurchaseOrderStatus.CONFIRMED), now);
		this.receivedDate = today;
		return this.items.stream().map(PurchaseOrderItem::toStockLine).toList();
	}

	void cancel(Instant now) {
		moveTo(PurchaseOrderStatus.CANCELLED, EnumSet.of(PurchaseOrderStatus.PENDING, PurchaseOrderStatus.CONFIRMED),
				now);
	}

	private void moveTo(PurchaseOrderStatus target, Set<PurchaseOrderStatus> allowedFrom, Instant now) {
		if (!allowedFrom.contains(this.status)) {
			throw new IllegalPurchaseOrderTransition(this.poNumber, this.status, target);
		}
		this.status = target;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID storeId() {
		return this.storeId;
	}

	String poNumber() {
		return this.poNumber;
	}

	PurchaseOrderStatus status() {
		return this.status;
	}

	Money total() {
		return this.total;
	}

	UUID supplierId() {
		return this.supplier.id();
	}

	List<UUID> productIds() {
		return this.items.stream().map(PurchaseOrderItem::productId).toList();
	}

	PurchaseOrderResponse toResponse(Map<UUID, String> productNames) {
		return new PurchaseOrderResponse(this.id, this.poNumber,
				new PurchaseOrderResponse.SupplierRef(this.supplier.id(), this.supplier.name()), this.storeId,
				this.status, this.subtotal.amount(), this.tax.amount(), this.shipping.amount(), this.total.amount(),
				this.orderDate, this.expectedDeliveryDate, this.receivedDate, this.notes,
				this.items.stream().map((item) -> item.toResponse(productNames.get(item.productId()))).toList(),
				this.createdBy, this.createdAt, this.updatedAt);
	}

	/** What is ordered, on what terms. */
	record Terms(List<Line> lines, Money tax, Money shipping, @Nullable LocalDate expectedDeliveryDate,
			@Nullable String notes) {
	}

	record Line(UUID productId, int quantity, Money unitPrice) {
	}

}
