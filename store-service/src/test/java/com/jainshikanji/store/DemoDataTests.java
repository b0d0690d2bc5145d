package com.jainshikanji.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
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
 * its own (the shared test database must not carry demo migrations).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "store_demo")
@ActiveProfiles({ "test", "demo" })
class DemoDataTests {

	static final UUID MANEK_CHOWK = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final UUID CG_ROAD = UUID.fromString("a1000000-0000-4000-8000-000000000002");

	static final UUID BANDRA_WEST = UUID.fromString("a1000000-0000-4000-8000-000000000003");

	static final UUID DEMO_MANAGER = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void theThreeDemoStoresAreServed() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> stores = (List<Map<String, Object>>) map(
				this.api.get(STORES + "?active=true", null).expectStatus().isOk())
			.get("items");

		assertThat(stores).extracting((store) -> store.get("id"))
			.contains(MANEK_CHOWK.toString(), CG_ROAD.toString(), BANDRA_WEST.toString());
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
	void theDemoManagerRunsStoreOneOnly() {
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
	}

}
