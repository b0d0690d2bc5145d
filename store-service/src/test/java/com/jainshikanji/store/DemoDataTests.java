package com.jainshikanji.store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.spring.WithInfrastructure;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local platform's demo data, loaded by the {@code demo} profile into a database of
 * its own (the shared test database must not carry demo migrations). The service's clock
 * can be set, to ask for quotes at fixed times of day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "store_demo")
@ActiveProfiles({ "test", "demo" })
class DemoDataTests {

	static final UUID MANEK_CHOWK = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final UUID CG_ROAD = UUID.fromString("a1000000-0000-4000-8000-000000000002");

	static final UUID BANDRA_WEST = UUID.fromString("a1000000-0000-4000-8000-000000000003");

	static final UUID KALUPUR_STATION = UUID.fromString("a1000000-0000-4000-8000-000000000004");

	static final UUID DEMO_MANAGER = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	/** The demo customer's home, in customer-service's demo data. */
	static final String DEMO_CUSTOMER_POSTAL_CODE = "380001";

	static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	@Autowired
	RestTestClient client;

	@Autowired
	SettableClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@Test
	void theFourDemoStoresAreServed() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> stores = (List<Map<String, Object>>) map(
				this.api.get(STORES + "?active=true", null).expectStatus().isOk())
			.get("items");

		assertThat(stores).extracting((store) -> store.get("id"))
			.contains(MANEK_CHOWK.toString(), CG_ROAD.toString(), BANDRA_WEST.toString(), KALUPUR_STATION.toString());
		assertThat(map(this.api.get(STORES + "/" + MANEK_CHOWK, null).expectStatus().isOk())).containsEntry("slug",
				"manek-chowk");
		assertThat(object(map(this.api.get(STORES + "/" + BANDRA_WEST, null)).get("address"))).containsEntry("city",
				"Mumbai");
	}

	@Test
	void manekChowkStaysOpenPastMidnightOnFridaysAndCgRoadClosesOnMondays() {
		Map<String, Object> manekChowk = map(this.api.get(STORES + "/" + MANEK_CHOWK + "/operating-hours", null));
		Map<String, Object> cgRoad = map(this.api.get(STORES + "/" + CG_ROAD + "/operating-hours", null));

		assertThat(object(manekChowk.get("friday"))).containsEntry("closesAt", "02:00")
			.containsEntry("closesNextDay", true);
		assertThat(object(cgRoad.get("monday"))).containsEntry("closed", true);
		assertThat(object(cgRoad.get("tuesday"))).containsEntry("opensAt", "09:00");
	}

	@Test
	void theDemoZonesQuoteRealPinCodes() {
		Map<String, Object> quote = map(
				this.api.get(STORES + "/" + MANEK_CHOWK + "/delivery-quote?postalCode=380001&subtotal=150", null)
					.expectStatus()
					.isOk());

		assertThat(quote).containsEntry("deliverable", true).containsEntry("zoneName", "Old City");
		assertThat(new BigDecimal(quote.get("deliveryFee").toString())).isEqualByComparingTo("20.00");
		assertThat(map(this.api.get(STORES + "/" + BANDRA_WEST + "/delivery-quote?postalCode=400050", null)))
			.containsEntry("deliverable", true);
	}

	@Test
	void theStationStoreIsOpenEveryDayAroundTheClock() {
		Map<String, Object> week = map(
				this.api.get(STORES + "/" + KALUPUR_STATION + "/operating-hours", null).expectStatus().isOk());

		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
			assertThat(object(week.get(day))).as(day)
				.containsEntry("closed", false)
				.containsEntry("opensAt", "00:00")
				.containsEntry("closesAt", "00:00")
				.containsEntry("closesNextDay", true);
		}
		assertThat(week).containsEntry("timeZone", "Asia/Kolkata").containsEntry("openNow", true);
	}

	@Test
	void aNewcomerCanOrderFromTheStationStoreAtThreeInTheMorning() {
		// Wednesday 18 November 2026, 03:00 in Ahmedabad.
		this.clock.set(Instant.parse("2026-11-17T21:30:00Z"));

		Map<String, Object> quote = quote(KALUPUR_STATION, "120");

		assertThat(quote).containsEntry("openNow", true)
			.containsEntry("acceptingOrders", true)
			.containsEntry("deliverable", true)
			.containsEntry("zoneName", "Old City and Kalupur")
			.containsEntry("orderable", true);
		assertThat(new BigDecimal(quote.get("deliveryFee").toString())).isEqualByComparingTo("15.00");
		assertThat(new BigDecimal(quote.get("minimumOrderValue").toString())).isEqualByComparingTo("60.00");
		// The other demo stores are all closed at that hour.
		for (UUID store : List.of(MANEK_CHOWK, CG_ROAD, BANDRA_WEST)) {
			assertThat(map(this.api.get(STORES + "/" + store + "/operating-hours", null))).as(store.toString())
				.containsEntry("openNow", false);
		}
	}

	@Test
	void theStationStoreIsOpenAtNoonAndAtEveryHourOfTheWeek() {
		Instant wednesdayNoon = Instant.parse("2026-11-18T06:30:00Z");
		this.clock.set(wednesdayNoon);
		assertThat(quote(KALUPUR_STATION, "120")).containsEntry("openNow", true).containsEntry("orderable", true);

		Instant monday = Instant.parse("2026-11-15T18:30:00Z");
		for (int minutes = 0; minutes < 7 * 24 * 60; minutes += 59) {
			this.clock.set(monday.plus(Duration.ofMinutes(minutes)));
			assertThat(map(this.api.get(STORES + "/" + KALUPUR_STATION + "/operating-hours", null)))
				.as(monday.plus(Duration.ofMinutes(minutes)).atZone(KOLKATA).toString())
				.containsEntry("openNow", true);
		}
	}

	@Test
	void aSmallOrderIsBelowTheStationStoresMinimum() {
		Map<String, Object> quote = quote(KALUPUR_STATION, "59.99");

		assertThat(quote).containsEntry("meetsMinimumOrder", false).containsEntry("orderable", false);
		assertThat(quote(KALUPUR_STATION, "60")).containsEntry("orderable", true);
		// Free from 300.00.
		assertThat(quote(KALUPUR_STATION, "300")).containsEntry("freeDelivery", true);
	}

	@Test
	void theDemoManagerRunsManekChowkAndTheStationStoreOnly() {
		String token = TestTokens.staff(DEMO_MANAGER, MANEK_CHOWK);

		List<Map<String, Object>> staff = this.api.get(STORES + "/" + MANEK_CHOWK + "/staff", token)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(staff).singleElement()
			.satisfies((member) -> assertThat(member).containsEntry("userId", DEMO_MANAGER.toString())
				.containsEntry("role", "MANAGER"));
		this.api.get(STORES + "/" + CG_ROAD + "/staff", TestTokens.staff(DEMO_MANAGER, CG_ROAD))
			.expectStatus()
			.isForbidden();
		List<Map<String, Object>> station = this.api
			.get(STORES + "/" + KALUPUR_STATION + "/staff", TestTokens.staff(DEMO_MANAGER, KALUPUR_STATION))
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		// Active staff first, then by name: the manager, and a delivery rider orders can
		// be given to.
		assertThat(station)
			.extracting((member) -> member.get("userId"), (member) -> member.get("role"),
					(member) -> member.get("active"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DEMO_MANAGER.toString(), "MANAGER", true),
					org.assertj.core.groups.Tuple.tuple("c0000000-0000-4000-8000-000000000004", "DELIVERY", true));
	}

	private Map<String, Object> quote(UUID store, String subtotal) {
		return map(this.api
			.get(STORES + "/" + store + "/delivery-quote?postalCode=" + DEMO_CUSTOMER_POSTAL_CODE + "&subtotal="
					+ subtotal, null)
			.expectStatus()
			.isOk());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		SettableClock clock() {
			return new SettableClock();
		}

	}

	/**
	 * The real time, at the database's precision, until a test sets it to a fixed
	 * instant.
	 */
	static final class SettableClock extends Clock {

		private final Clock system = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

		private volatile Instant fixed;

		void set(Instant instant) {
			this.fixed = instant;
		}

		void reset() {
			this.fixed = null;
		}

		@Override
		public Instant instant() {
			Instant instant = this.fixed;
			return (instant != null) ? instant : this.system.instant();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("The service reads its clock in UTC");
		}

	}

}
