package com.jainshikanji.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;
import com.jainshikanji.common.events.inventory.StockKeys;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.events.inventory.StockRestocked;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock events really reach Kafka, keyed by product and store, once per threshold
 * crossed: StockLow when available stock falls to the minimum, ProductOutOfStock when it
 * reaches zero, StockRestocked when it is back above the minimum.
 */
@InventoryServiceTest
class StockEventsTests {

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	Api api;

	UUID store;

	UUID product;

	String key;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.product = UUID.fromString((String) this.api.createProduct().get("id"));
		this.key = StockKeys.of(this.product, this.store);
	}

	@Test
	void eachCrossingOfTheMinimumAndOfZeroIsPublishedOnce() {
		this.api.stock(this.store, this.product, 20, 5);
		this.api.adjust(this.store, this.product, -14, "WASTE");
		this.api.adjust(this.store, this.product, -2, "WASTE");
		this.api.adjust(this.store, this.product, -1, "DAMAGE");
		this.api.adjust(this.store, this.product, -3, "WASTE");
		this.api.adjust(this.store, this.product, 10, "RESTOCK");

		List<EventEnvelope> events = events(4);

		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("StockRestocked", "StockLow", "ProductOutOfStock", "StockRestocked");
		assertThat(events).extracting(EventEnvelope::aggregateId).containsOnly(this.key);
		assertThat(this.json.payload(events.get(0), StockRestocked.class))
			.isEqualTo(new StockRestocked(this.product, this.store, 20));
		assertThat(this.json.payload(events.get(1), StockLow.class))
			.isEqualTo(new StockLow(this.product, this.store, 4, 5));
		assertThat(this.json.payload(events.get(2), ProductOutOfStock.class))
			.isEqualTo(new ProductOutOfStock(this.product, this.store));
		assertThat(this.json.payload(events.get(3), StockRestocked.class))
			.isEqualTo(new StockRestocked(this.product, this.store, 10));
	}

	@Test
	void reservationsMoveAvailableStockAndSoPublishToo() {
		this.api.stock(this.store, this.product, 3, 1);
		Map<String, Object> reservation = Api.json(this.api.post("/api/v1/inventory/reservations", Api.service(),
				Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3)), 201);
		Api.ok(this.api.post("/api/v1/inventory/reservations/" + reservation.get("id") + "/release", Api.service(),
				null));

		List<EventEnvelope> events = events(4);

		// Straight from in stock to nothing available: low, then out.
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("StockRestocked", "StockLow", "ProductOutOfStock", "StockRestocked");
		assertThat(this.json.payload(events.get(1), StockLow.class))
			.isEqualTo(new StockLow(this.product, this.store, 0, 1));
		assertThat(this.json.payload(events.get(3), StockRestocked.class))
			.isEqualTo(new StockRestocked(this.product, this.store, 3));
	}

	@Test
	void concurrentSalesPublishEachCrossingExactlyOnce() {
		this.api.stock(this.store, this.product, 10, 5);
		String service = Api.service();
		List<CompletableFuture<Integer>> reserves = IntStream.range(0, 10)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> this.api
				.post("/api/v1/inventory/reservations", service,
						Bodies.reserve(UUID.randomUUID(), this.store, this.product, 1))
				.returnResult()
				.getStatus()
				.value()))
			.toList();
		assertThat(reserves).extracting(CompletableFuture::join).containsOnly(201);

		assertThat(events(3)).extracting(EventEnvelope::type)
			.containsExactly("StockRestocked", "StockLow", "ProductOutOfStock");
	}

	private List<EventEnvelope> events(int expected) {
		try (TopicReader reader = TopicReader.of(Topics.INVENTORY)) {
			reader.await((r) -> this.key.equals(r.key()), expected, Duration.ofSeconds(30));
			// Nothing more follows.
			List<ConsumerRecord<String, String>> records = reader.readFor(Duration.ofSeconds(1),
					(r) -> this.key.equals(r.key()));
			assertThat(records).hasSize(expected);
			return records.stream().map((r) -> this.json.read(r.value())).toList();
		}
	}

}
