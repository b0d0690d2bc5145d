package com.jainshikanji.notification.listener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.notification.directory.ProductDirectory;
import com.jainshikanji.notification.directory.Recipients;
import com.jainshikanji.notification.directory.StoreDirectory;
import com.jainshikanji.notification.directory.StoreManagers;
import com.jainshikanji.notification.dispatch.Dispatcher;
import com.jainshikanji.notification.dispatch.Notice;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Stock alerts to the store's managers, each event once: a product ran low or out. A
 * store with no known manager alerts nobody.
 */
@Component
class InventoryEventsListener {

	static final String CONSUMER = "notification-service.inventory";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final StoreManagers managers;

	private final Recipients recipients;

	private final StoreDirectory stores;

	private final ProductDirectory products;

	private final Dispatcher dispatcher;

	InventoryEventsListener(ProcessedEvents processedEvents, EventJson json, StoreManagers managers,
			Recipients recipients, StoreDirectory stores, ProductDirectory products, Dispatcher dispatcher) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.managers = managers;
		this.recipients = recipients;
		this.stores = stores;
		this.products = products;
		this.dispatcher = dispatcher;
	}

	@KafkaListener(topics = Topics.INVENTORY)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(StockLow.class, ProductOutOfStock.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(StockLow.class)) {
			StockLow low = this.json.payload(event, StockLow.class);
			alert(event, low.storeId(), low.productId(), low.currentStock(), low.minStock(), low.currentStock() <= 0);
		}
		else if (event.is(ProductOutOfStock.class)) {
			ProductOutOfStock out = this.json.payload(event, ProductOutOfStock.class);
			alert(event, out.storeId(), out.productId(), 0, null, true);
		}
	}

	private void alert(EventEnvelope event, UUID storeId, UUID productId, int currentStock, @Nullable Integer minStock,
			boolean outOfStock) {
		String storeName = this.stores.store(storeId).name();
		String productName = this.products.name(productId).orElse("A product");
		for (UUID manager : this.managers.managersOf(storeId)) {
			Map<String, @Nullable Object> variables = new LinkedHashMap<>();
			variables.put("storeName", storeName);
			variables.put("productName", productName);
			variables.put("currentStock", currentStock);
			variables.put("minStock", minStock);
			variables.put("outOfStock", outOfStock);
			this.dispatcher.dispatch(
					new Notice(event.eventId(), NotificationKind.LOW_STOCK, manager, this.recipients.contact(manager),
							variables, Map.of("storeId", storeId.toString(), "productId", productId.toString())));
		}
	}

}
