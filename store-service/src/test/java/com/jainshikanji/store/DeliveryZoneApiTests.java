package com.jainshikanji.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static com.jainshikanji.store.Api.zoneBody;
import static org.assertj.core.api.Assertions.assertThat;

@StoreServiceTest
class DeliveryZoneTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID storeId;

	String zones;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
		this.zones = STORES + "/" + this.storeId + "/delivery-zones";
	}

	@Test
	void theStoresManagerDrawsChangesAndRemovesAZone() {
		String manager = this.api.managerOf(this.storeId);
		var drawn = this.api
			.post(this.zones, manager, zoneBody("Old City", List.of("380 001", "380002", "380001"), "20.00", 25))
			.expectStatus()
			.isCreated();
		String location = drawn.returnResult(Map.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		Map<String, Object> zone = map(drawn);
		String path = this.zones + "/" + zone.get("id");

		assertThat(location).endsWith(path);
		assertThat(zone.get("postalCodes")).isEqualTo(List.of("380001", "380002"));
		assertThat(zone.get("deliveryFee")).isEqualTo(20.0);
		assertThat(zone.get("estimatedMinutes")).isEqualTo(25);
		assertThat(zone.get("active")).isEqualTo(true);
		assertThat(zone.get("storeId")).isEqualTo(this.storeId.toString());

		Map<String, Object> change = zoneBody("Old City and Kalupur", List.of("380001", "380002", "380022"), null, 30);
		change.put("active", false);
		Map<String, Object> changed = map(this.api.put(path, manager, change).expectStatus().isOk());
		assertThat(changed.get("name")).isEqualTo("Old City and Kalupur");
		assertThat(changed.get("deliveryFee")).isNull();
		assertThat(changed.get("active")).isEqualTo(false);
		assertThat(map(this.api.get(path, null).expectStatus().isOk())).isEqualTo(changed);

		this.api.delete(path, manager).expectStatus().isNoContent();
		assertThat(problem(this.api.get(path, null), 404).typeSlug()).isEqualTo("delivery-zone-not-found");
	}

	@Test
	void anyoneListsAStoresZonesByName() {
		this.api.addZone(this.storeId, zoneBody("Navrangpura", List.of("380009"), "15", 20));
		this.api.addZone(this.storeId, zoneBody("Ellisbridge", List.of("380006"), null, 30));

		List<Map<String, Object>> zones = this.api.get(this.zones, null)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(zones).extracting((zone) -> zone.get("name")).containsExactly("Ellisbridge", "Navrangpura");
	}

	@Test
	void invalidZonesAreRefusedNamingTheFields() {
		Map<String, Object> body = zoneBody(" ", List.of("380001", "!!"), "-5", 0);

		Problem problem = problem(this.api.post(this.zones, admin(), body), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("name", "postalCodes[1]", "deliveryFee",
				"estimatedMinutes");
		assertThat(problem(this.api.post(this.zones, admin(), zoneBody("Empty", List.of(), null, 30)), 400).fields())
			.containsExactly("postalCodes");
	}

	@Test
	void aZoneIsReachedOnlyThroughItsOwnStore() {
		Map<String, Object> zone = this.api.addZone(this.storeId, zoneBody("Old City", List.of("380001"), "20", 25));
		UUID otherStore = this.api.createStore();
		String elsewhere = STORES + "/" + otherStore + "/delivery-zones/" + zone.get("id");

		problem(this.api.get(elsewhere, null), 404);
		problem(this.api.put(elsewhere, admin(), zoneBody("Stolen", List.of("380001"), "0", 5)), 404);
		problem(this.api.delete(elsewhere, admin()), 404);
		assertThat(map(this.api.get(this.zones + "/" + zone.get("id"), null)).get("name")).isEqualTo("Old City");
	}

	@Test
	void zonesOfAnUnknownStoreAreNotFound() {
		String unknown = STORES + "/" + UUID.randomUUID() + "/delivery-zones";
		assertThat(problem(this.api.get(unknown, null), 404).typeSlug()).isEqualTo("store-not-found");
		assertThat(problem(this.api.post(unknown, admin(), zoneBody("Nowhere", List.of("380001"), null, 30)), 404)
			.typeSlug()).isEqualTo("store-not-found");
	}

}
