package com.jainshikanji.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.events.loyalty.LoyaltyTierChanged;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loyalty tier changes (newest first wins), low stock to the store's managers only, and
 * admins' sends: promotions only to those who opted in, each send once per
 * Idempotency-Key, recorded in the audit log.
 */
@NotificationServiceTest
class OtherEventsAndSendsTests {

	/** One admin: an Idempotency-Key is the admin's own. */
	static final UUID ADMIN = UUID.randomUUID();

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient client;

	Events events;

	Ledger ledger;

	Api api;

	@BeforeEach
	void setUp() {
		this.events = new Events(this.kafka, this.json);
		this.ledger = new Ledger(this.jdbc);
		this.api = new Api(this.client);
	}

	@Test
	void aTierChangeIsToldOnceAndAnOlderOneArrivingLateIsNot() {
		UUID customer = registered("neha");
		EventEnvelope gold = this.events
			.publish(new LoyaltyTierChanged(customer, "SILVER", "GOLD", 2400, 2, Instant.now()));
		this.events.redeliver(gold, Topics.LOYALTY);
		EventEnvelope older = this.events
			.publish(new LoyaltyTierChanged(customer, "BRONZE", "SILVER", 900, 1, Instant.now()));
		this.ledger.consumed("notification-service.loyalty", older.eventId());

		assertThat(OrderLifeTests.kindsOf(this.ledger.inApp(customer))).containsOnlyOnce("LOYALTY_TIER_CHANGED");
		assertThat(this.ledger.inApp(customer)).filteredOn((row) -> "LOYALTY_TIER_CHANGED".equals(row.get("kind")))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("title")).isEqualTo("Loyalty tier: Gold"));
		assertThat(Mailbox.awaitSubject("neha-" + customer + "@example.com", "Welcome to Gold").text())
			.contains("Neha");
	}

	@Test
	void lowStockGoesToTheStoresCurrentManagersOnly() {
		UUID store = UUID.randomUUID();
		UUID manager = registered("meena");
		UUID former = registered("gopal");
		this.events.publish(new StaffAssigned(UUID.randomUUID(), manager, store, "MANAGER", 1));
		this.events.publish(new StaffAssigned(UUID.randomUUID(), former, store, "MANAGER", 1));
		EventEnvelope left = this.events.publish(new StaffUnassigned(UUID.randomUUID(), former, store, 2));
		this.ledger.consumed("notification-service.stores", left.eventId());
		EventEnvelope low = this.events.publish(new StockLow(UUID.randomUUID(), store, 3, 10));
		this.ledger.consumed("notification-service.inventory", low.eventId());

		assertThat(Mailbox.awaitSubject("meena-" + manager + "@example.com", "Low stock at").text())
			.contains("Masala Shikanji is running low")
			.contains("3 left to sell, below the minimum of 10");
		assertThat(OrderLifeTests.kindsOf(this.ledger.inApp(former))).doesNotContain("LOW_STOCK");
		assertThat(this.ledger.deliveries(former)).extracting((row) -> row.get("kind")).doesNotContain("LOW_STOCK");
	}

	@Test
	void aPromotionReachesOnlyThoseWhoOptedInOnceAndIsAudited() {
		UUID optedIn = registered("kavya");
		UUID silent = registered("arjun");
		Map<String, Object> offersByEmail = Map.of("email", true, "sms", false, "push", false, "inApp", true);
		Map<String, Object> all = Map.of("email", true, "sms", true, "push", true, "inApp", true);
		Api.ok(this.api.put("/api/v1/notifications/preferences/" + optedIn, TestTokens.customer(optedIn),
				Map.of("orderUpdates", all, "accountUpdates", all, "promotions", offersByEmail)));
		String key = "holi-" + UUID.randomUUID();

		Map<String, Object> toOptedIn = send(optedIn, key);
		assertThat(toOptedIn).containsEntry("recipients", 1).containsEntry("notified", 1);
		assertThat(send(optedIn, key)).as("the same Idempotency-Key sends nothing more")
			.containsEntry("sendId", toOptedIn.get("sendId"));
		assertThat(send(silent, "holi-" + UUID.randomUUID())).containsEntry("notified", 0);

		assertThat(Mailbox.awaitSubject("kavya-" + optedIn + "@example.com", "Holi offer").text()).contains("HOLI20");
		assertThat(OrderLifeTests.kindsOf(this.ledger.inApp(optedIn))).containsOnlyOnce("PROMOTION");
		assertThat(OrderLifeTests.kindsOf(this.ledger.inApp(silent))).doesNotContain("PROMOTION");
		assertThat(this.ledger.deliveries(silent)).extracting((row) -> row.get("kind")).doesNotContain("PROMOTION");

		Map<String, Object> audit = Api
			.ok(this.api.get("/api/v1/admin/audit?action=notification.sent&targetId=" + toOptedIn.get("sendId"),
					TestTokens.admin()));
		assertThat(Api.items(audit)).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("targetType", "send").containsEntry("actorId", ADMIN.toString());
			assertThat(String.valueOf(entry.get("details"))).contains("PROMOTION");
		});
		this.api.get("/api/v1/admin/audit", TestTokens.customer(optedIn)).expectStatus().isForbidden();
	}

	@Test
	void aSendWithAKeyThatIsNotAKeyIsRefusedNamingTheHeaderAndSendsNothing() {
		UUID customer = registered("meera");
		for (String key : List.of("short", "bad key!", "a".repeat(101))) {
			Map<String, Object> problem = sending(customer, key).expectStatus()
				.isBadRequest()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
			assertThat(problem).as(key).containsEntry("type", "https://api.jainshikanji.in/problems/validation-failed");
			assertThat(problem.get("errors")).as(key)
				.isEqualTo(List.of(Map.of("field", "Idempotency-Key", "message",
						"must be 8 to 100 letters, digits, -, _, . or :")));
		}
		assertThat(OrderLifeTests.kindsOf(this.ledger.inApp(customer))).doesNotContain("PROMOTION");
		assertThat(this.ledger.deliveries(customer)).extracting((row) -> row.get("kind")).doesNotContain("PROMOTION");
	}

	private Map<String, Object> send(UUID userId, String idempotencyKey) {
		return Api.ok(sending(userId, idempotencyKey));
	}

	private RestTestClient.ResponseSpec sending(UUID userId, String idempotencyKey) {
		return this.client.post().uri("/api/v1/notifications/send").headers((headers) -> {
			headers.setBearerAuth(TestTokens.token(ADMIN, List.of("ADMIN"), List.of()));
			headers.set("Idempotency-Key", idempotencyKey);
		})
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("kind", "PROMOTION", "userId", userId, "variables",
					Map.of("title", "Holi offer", "message", "20% off every shikanji this week", "code", "HOLI20")))
			.exchange();
	}

	private UUID registered(String name) {
		UUID id = UUID.randomUUID();
		String firstName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		EventEnvelope registered = this.events
			.publish(new CustomerRegistered(id, name + "-" + id + "@example.com", firstName, "Test"));
		this.ledger.consumed("notification-service.customers", registered.eventId());
		return id;
	}

}
