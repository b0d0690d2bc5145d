package com.jainshikanji.inventory.purchasing;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.stock.StockLine;

/** Units of one product ordered at a unit price; part of a {@link PurchaseOrder}. */
@Entity
@Table(name = "purchase_order_items")
class PurchaseOrderItem {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "purchase_order_id")
	private PurchaseOrder purchaseOrder;

	private UUID productId;

	private int quantity;

	private Money unitPrice;

	private Money totalPrice;

	protected PurchaseOrderItem() {
	}

	/**
	 * @param totalPrice {@code unitPrice} times {@code quantity}, checked by the order
	 */
	PurchaseOrderItem(PurchaseOrder purchaseOrder, UUID productId, int quantity, Money unitPrice, Money totalPrice) {
		this.id = UUID.randomUUID();
		this.purchaseOrder = purchaseOrder;
		this.productId = productId;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
		this.totalPrice = totalPrice;
	}

	UUID productId() {
		return this.productId;
	}

	StockLine toStockLine() {
		return new StockLine(this.productId, this.quantity);
	}

	PurchaseOrderResponse.Item toResponse(@Nullable String productName) {
		return new PurchaseOrderResponse.Item(this.productId, productName, this.quantity, this.unitPrice.amount(),
				this.totalPrice.amount());
	}

}
