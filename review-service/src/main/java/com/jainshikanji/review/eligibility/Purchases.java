package com.jainshikanji.review.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;

/**
 * What customers received, from the order service's deliveries: the only source of what
 * may be reviewed. No call to the order service is ever made; a product is reviewable
 * once its {@code OrderDelivered} has arrived here.
 */
@Service
public class Purchases {

	private static final Logger log = LoggerFactory.getLogger(Purchases.class);

	private final ReviewableItems items;

	Purchases(ReviewableItems items) {
		this.items = items;
	}

	/**
	 * Remembers each product of a delivered order, once: lines of the same product (with
	 * different options) become one item, since a review is about the product. A repeated
	 * delivery of the same order adds nothing.
	 * @return how many items were new
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int delivered(OrderDelivered order) {
		Map<UUID, Line> byProduct = new LinkedHashMap<>();
		for (OrderLine line : order.lines()) {
			byProduct.merge(line.productId(), new Line(line.productName(), line.quantity()),
					(first, more) -> new Line(first.name(), first.quantity() + more.quantity()));
		}
		int added = 0;
		for (Map.Entry<UUID, Line> product : byProduct.entrySet()) {
			added += this.items.remember(order.orderId(), product.getKey(), order.customerId(), order.storeId(),
					order.orderNumber(), product.getValue().name(), product.getValue().quantity(), order.deliveredAt());
		}
		if (added == 0) {
			log.info("Order {} was delivered before; its items are known already", order.orderId());
		}
		return added;
	}

	/**
	 * The item, locked until the caller's transaction ends, if it was delivered.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<PurchasedItem> lockItem(UUID orderId, UUID productId) {
		return this.items.lockById(orderId, productId).map(ReviewableItem::view);
	}

	private record Line(String name, int quantity) {
	}

}
