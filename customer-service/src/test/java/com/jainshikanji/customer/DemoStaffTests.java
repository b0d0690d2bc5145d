package com.jainshikanji.customer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.spring.WithInfrastructure;

import static com.jainshikanji.customer.TestAccessTokens.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The local platform's demo staff log in with the stores and jobs the store service's
 * demo data gives them. Runs on a database of its own, since the demo data is not for the
 * other tests, and without Kafka listeners, which would join the other tests' consumer
 * group and take their events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureRestTestClient
@WithInfrastructure(database = "customer_demo")
@ActiveProfiles({ "test", "demo" })
class DemoStaffTests {

	static final String MANEK_CHOWK = "a1000000-0000-4000-8000-000000000001";

	static final String KALUPUR_STATION = "a1000000-0000-4000-8000-000000000004";

	@Autowired
	RestTestClient client;

	@Test
	void theDemoManagerManagesBothOfHisStores() {
		Map<String, Object> claims = claims(
				new Api(this.client).login("staff@jainshikanji.local", "demo-staff-pass").accessToken());

		assertThat((List<Object>) claims.get("store_ids")).containsExactly(MANEK_CHOWK, KALUPUR_STATION);
		assertThat((Map<String, Object>) claims.get("store_jobs")).containsOnly(entry(MANEK_CHOWK, "MANAGER"),
				entry(KALUPUR_STATION, "MANAGER"));
	}

	@Test
	void theDemoRiderDeliversForTheStationStore() {
		Map<String, Object> claims = claims(
				new Api(this.client).login("delivery@jainshikanji.local", "demo-delivery-pass").accessToken());

		assertThat((List<Object>) claims.get("store_ids")).containsExactly(KALUPUR_STATION);
		assertThat((Map<String, Object>) claims.get("store_jobs")).containsOnly(entry(KALUPUR_STATION, "DELIVERY"));
	}

}
