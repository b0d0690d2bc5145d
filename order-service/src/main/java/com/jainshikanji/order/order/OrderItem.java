package com.jainshikanji.order.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.money.Money;

/**
 * One line of an order, frozen as it was priced: later menu changes do not touch it. Part
 * of the {@link Order} aggregate.
 */
@Entity
@Table(name = "order_items")
class OrderItem {

	@Id
	private UUID id;

	private int lineNumber;

	private UUID productId;

	private String productName;

	private @Nullable String productSku;

	private @Nullable UUID categoryId;

	private Money unitPrice;

	private int quantity;

	private Money subtotal;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "customizations")
	private List<ChosenOption> options = new ArrayList<>();

	private @Nullable String specialInstructions;

	private Instant createdAt;

	protected OrderItem() {
	}

	OrderItem(int lineNumber, PricedItem item, Instant now) {
		this.id = UUID.randomUUID();
		this.lineNumber = lineNumber;
		this.productId = item.productId();
		this.productName = item.productName();
		this.productSku = item.sku();
		this.categoryId = item.categoryId();
		this.unitPrice = item.unitPrice();
		this.quantity = item.quantity();
		this.subtotal = item.lineTotal();
		this.options = new ArrayList<>(item.options());
		this.specialInstructions = item.specialInstructions();
		this.createdAt = now;
	}

	UUID productId() {
		return this.productId;
	}

	int quantity() {
		return this.quantity;
	}

	Money subtotal() {
		return this.subtotal;
	}

	OrderLine toEvent() {
		return new OrderLine(this.productId, this.productName, this.quantity, this.unitPrice.amount(),
				this.subtotal.amount(), this.categoryId, this.options.stream().map(ChosenOption::name).toList());
	}

	OrderResponse.Item toResponse() {
		return new OrderResponse.Item(this.lineNumber, this.productId, this.productName, this.productSku, this.quantity,
				this.unitPrice.amount(), this.subtotal.amount(), List.copyOf(this.options), this.specialInstructions);
	}

}
