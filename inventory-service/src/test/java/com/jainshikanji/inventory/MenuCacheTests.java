package com.jainshikanji.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.inventory.ProductChanged;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The menu cache: anonymous reads of the menu are answered from memory without a
 * statement reaching the menu's tables, and what they show follows every change within
 * the invalidation delay: at once for a change this instance made, within a few seconds
 * for one another instance made (heard from Kafka), and when an availability window
 * opens. Hits and misses are the {@code cache.gets} meter.
 */
@InventoryServiceTest
class MenuCacheTests {

	/**
	 * How long another instance's change may take to show here: the outbox relay's poll
	 * interval and Kafka's delivery, with room for a loaded machine.
	 */
	static final Duration INVALIDATION_DELAY = Duration.ofSeconds(10);

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	MeterRegistry meters;

	@Autowired
	PrometheusMeterRegistry prometheus;

	Api api;

	Object category;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.category = this.api.createCategory().get("id");
		// Nothing is cached until the instance listens to Kafka (a few seconds after
		// start).
		String categories = "/api/v1/categories/" + this.category;
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			read(categories);
			long before = MenuStatements.count();
			read(categories);
			return MenuStatements.count() == before;
		});
	}

	@Test
	void aCachedReadReachesNoMenuTableAndCountsAsAHit() {
		Bodies.ProductBody body = Bodies.product(this.category, "Jaljeera", "35.00");
		Map<String, Object> product = this.api.createProduct(body);
		String list = Api.PRODUCTS + "?category=" + slugOf(this.category);
		ownEventsHeard();
		List<String> reads = List.of(list, Api.PRODUCTS + "/" + product.get("id"),
				Api.PRODUCTS + "/" + product.get("slug"), Api.PRODUCTS + "/" + product.get("id") + "/customizations",
				"/api/v1/categories");
		double hits = gets("hit");
		double misses = gets("miss");
		long firstReads = MenuStatements.count();
		reads.forEach(this::get);
		assertThat(MenuStatements.count()).as("first reads load from the database").isGreaterThan(firstReads);
		assertThat(gets("miss") - misses).isEqualTo((double) reads.size());

		long cachedReads = MenuStatements.count();
		for (int i = 0; i < 3; i++) {
			reads.forEach(this::get);
		}

		assertThat(MenuStatements.count()).as("statements on menu tables while cached").isEqualTo(cachedReads);
		assertThat(gets("hit") - hits).isEqualTo(3.0 * reads.size());
		assertThat(this.prometheus.scrape())
			.containsPattern("cache_gets_total\\{[^}]*cache=\"menu\"[^}]*result=\"hit\"");
	}

	@Test
	void aCatalogChangeShowsAtOnce() {
		Bodies.ProductBody body = Bodies.product(this.category, "Kokum Sherbet", "40.00");
		String path = Api.PRODUCTS + "/" + this.api.createProduct(body).get("id");
		String list = Api.PRODUCTS + "?category=" + slugOf(this.category);
		assertThat(read(path).get("price")).isEqualTo(40.0);
		assertThat(names(list)).containsExactly("Kokum Sherbet");

		Api.ok(this.api.put(path, Api.ADMIN, body.name("Kokum Sherbet (large)").price(new BigDecimal("55.00"))));

		assertThat(read(path).get("price")).isEqualTo(55.0);
		assertThat(names(list)).containsExactly("Kokum Sherbet (large)");
	}

	@Test
	void aProductLeavesAStoresMenuAsSoonAsItsStockRunsOutAndComesBackWithIt() {
		UUID store = UUID.randomUUID();
		Object product = this.api.createProduct(Bodies.product(this.category, "Nimbu Pani", "30.00")).get("id");
		this.api.stock(store, product, 2, 1);
		String storeMenu = Api.PRODUCTS + "?available=true&inStockAt=" + store;
		assertThat(names(storeMenu)).containsExactly("Nimbu Pani");
		assertThat(names(storeMenu)).containsExactly("Nimbu Pani");

		// The last two are held for an order being placed: nothing left to sell.
		Map<String, Object> reservation = Api.json(this.api.post("/api/v1/inventory/reservations", Api.service(),
				Bodies.reserve(UUID.randomUUID(), store, product, 2)), 201);

		assertThat(names(storeMenu)).isEmpty();

		Api.ok(this.api.post("/api/v1/inventory/reservations/" + reservation.get("id") + "/release", Api.service(),
				null));

		assertThat(names(storeMenu)).containsExactly("Nimbu Pani");
	}

	@Test
	void aCatalogChangeMadeByAnotherInstanceShowsOnceItsEventIsHeard() {
		String path = Api.PRODUCTS + "/"
				+ this.api.createProduct(Bodies.product(this.category, "Sol Kadhi", "45.00")).get("id");
		ownEventsHeard();
		UUID product = UUID.fromString((String) read(path).get("id"));

		// Another instance changes the price and publishes what its change publishes.
		this.jdbc.sql("UPDATE products SET price = 50.00 WHERE id = :id").param("id", product).update();
		assertThat(read(path).get("price")).as("served from the cache until told").isEqualTo(45.0);
		publish(new ProductChanged(product));

		await().atMost(INVALIDATION_DELAY).until(() -> read(path).get("price").equals(50.0));
	}

	@Test
	void aStockOutAtAnotherInstanceTakesTheProductOffTheStoresMenuOnceItsEventIsHeard() {
		UUID store = UUID.randomUUID();
		UUID product = UUID
			.fromString((String) this.api.createProduct(Bodies.product(this.category, "Thandai", "60.00")).get("id"));
		this.api.stock(store, product, 3, 1);
		String storeMenu = Api.PRODUCTS + "?inStockAt=" + store;
		ownEventsHeard();
		assertThat(names(storeMenu)).containsExactly("Thandai");

		// Another instance sold the last units: its reservation holds them all.
		this.jdbc.sql("UPDATE inventory SET reserved = current_stock WHERE store_id = :store AND product_id = :product")
			.param("store", store)
			.param("product", product)
			.update();
		assertThat(names(storeMenu)).as("served from the cache until told").containsExactly("Thandai");
		publish(new ProductOutOfStock(product, store));

		await().atMost(INVALIDATION_DELAY).until(() -> names(storeMenu).isEmpty());
	}

	@Test
	void theMenuListenerIsTimedUnderTheListenersTagsSoPrometheusKeepsEveryListener() {
		UUID product = UUID.randomUUID();
		publish(new ProductChanged(product));

		// A timer of other tag keys under the same name would be refused by Prometheus,
		// whichever listener's came second (the order listener's, say).
		await().atMost(INVALIDATION_DELAY)
			.untilAsserted(() -> assertThat(this.prometheus.scrape()).containsPattern(
					"spring_kafka_listener_seconds_count\\{[^}]*messaging_source_name=\"jainshikanji\\.inventory\\.events\""
							+ "[^}]*spring_kafka_listener_id=\"menuInvalidationListener\""));
	}

	@Test
	void aProductBecomesOrderableWhenItsWindowOpensWithoutAnyEvent() {
		Instant opens = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		String path = Api.PRODUCTS + "/"
				+ this.api.createProduct(Bodies.product(this.category, "Aam Ras", "80.00").availableFrom(opens))
					.get("id");
		assertThat(read(path).get("available")).isEqualTo(false);
		assertThat(read(path).get("available")).isEqualTo(false);

		await().atMost(Duration.ofSeconds(15)).until(() -> read(path).get("available").equals(true));
		assertThat(Instant.now()).isAfterOrEqualTo(opens);
	}

	@Test
	void adminsReadTheDatabaseAndSeeCostPrices() {
		String path = Api.PRODUCTS + "/"
				+ this.api.createProduct(Bodies.product(this.category, "Bel Sharbat", "40.00")).get("id");
		read(path);
		long before = MenuStatements.count();

		Map<String, Object> asAdmin = Api.ok(this.api.get(path, Api.ADMIN));

		assertThat(asAdmin.get("costPrice")).isEqualTo(10.0);
		assertThat(MenuStatements.count()).isGreaterThan(before);
		assertThat(read(path)).doesNotContainKey("costPrice");
	}

	/**
	 * Waits until this instance heard its own events back from Kafka, which drop entries
	 * too: until then a test cannot tell which event dropped one.
	 */
	private void ownEventsHeard() {
		await().atMost(INVALIDATION_DELAY)
			.until(() -> this.jdbc.sql("SELECT count(*) FROM messaging.event_outbox WHERE published_at IS NULL")
				.query(Long.class)
				.single() == 0);
		// Sent: the listener, polling all along, has them within milliseconds.
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void get(String path) {
		this.api.get(path, null).expectStatus().isOk();
	}

	private Map<String, Object> read(String path) {
		return Api.ok(this.api.get(path, null));
	}

	@SuppressWarnings("unchecked")
	private List<String> names(String path) {
		return ((List<Map<String, Object>>) read(path).get("items")).stream()
			.map((item) -> (String) item.get("name"))
			.toList();
	}

	private String slugOf(Object categoryId) {
		return (String) read("/api/v1/categories/" + categoryId).get("slug");
	}

	private double gets(String result) {
		return this.meters.get("cache.gets").tag("cache", "menu").tag("result", result).functionCounter().count();
	}

	private void publish(IntegrationEvent event) {
		EventEnvelope envelope = this.json.envelope(event, Instant.now(), null);
		try {
			this.kafka.send(Topics.INVENTORY, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
