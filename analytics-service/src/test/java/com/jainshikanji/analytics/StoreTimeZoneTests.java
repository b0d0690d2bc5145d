package com.jainshikanji.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.analytics.ScriptedOrder.Product;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store the store service cannot describe yet is counted in the default zone (India);
 * once it is described, its figures move to the days and hours of its own zone.
 */
@AnalyticsServiceTest
class StoreTimeZoneTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Test
	void figuresMoveToTheStoresOwnDaysOnceItsZoneIsKnown() {
		Api api = new Api(this.client);
		UUID store = UUID.randomUUID();
		// Monday 2 March, 23:30 in London; already Tuesday 05:00 in India.
		ScriptedOrder order = ScriptedOrder.at(store, Instant.parse("2026-03-02T23:30:00Z"))
			.line(Product.of("Jaljeera", "40.00"), 2)
			.build();
		Events events = new Events(this.kafka, this.json);
		events.publish(order.created());
		events.publish(order.paid(Duration.ofMinutes(1)));
		events.publish(order.confirmed(Duration.ofMinutes(1)));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(placedPerDay(api, store)).containsEntry(LocalDate.of(2026, 3, 3), 1L)
				.containsEntry(LocalDate.of(2026, 3, 2), 0L);
		});
		assertThat(Api.object(sales(api, store).get("scope")).get("timeZone")).isEqualTo("Asia/Kolkata");

		StoreService.stub.describe(store, "Late London", "Europe/London");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(placedPerDay(api, store)).containsEntry(LocalDate.of(2026, 3, 2), 1L)
				.containsEntry(LocalDate.of(2026, 3, 3), 0L);
		});
		Map<String, Object> sales = sales(api, store);
		assertThat(Api.object(sales.get("scope")).get("timeZone")).isEqualTo("Europe/London");
		assertThat(Api.objects(sales.get("byHourOfWeek")).stream().filter((h) -> Api.number(h.get("orders")) > 0))
			.singleElement()
			.satisfies((hour) -> assertThat(hour).containsEntry("dayOfWeek", 1).containsEntry("hour", 23));
		assertThat(Api.amount(Api.object(sales.get("totals")).get("netRevenue"))).isEqualByComparingTo(order.total());
	}

	private static Map<String, Object> sales(Api api, UUID store) {
		return api.ok("/api/v1/analytics/sales?storeId=" + store + "&from=2026-03-01&to=2026-03-04",
				TestTokens.admin());
	}

	private static Map<LocalDate, Long> placedPerDay(Api api, UUID store) {
		Map<LocalDate, Long> days = new LinkedHashMap<>();
		Api.objects(sales(api, store).get("series"))
			.forEach((point) -> days.put(LocalDate.parse((String) point.get("period")),
					Api.number(point.get("placed"))));
		return days;
	}

}
