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
import static com.jainshikanji.store.Requests.aZone;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A store's delivery zones over HTTP: public to read, run by an admin or its manager. */
@StoreServiceTest
class DeliveryZoneApiTests {

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
			.post(this.zones, manager,
					aZone("Old City", "380 001", "380002", "380001").fee("20.00").minutes(25).build())
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

		Requests.Zone change = aZone("Old City and Kalupur", "380001", "380002", "380022").minutes(30)
			.active(false)
			.build();
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
		this.api.addZone(this.storeId, aZone("Navrangpura", "380009").fee("15").minutes(20));
		this.api.addZone(this.storeId, aZone("Ellisbridge", "380006").minutes(30));

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
		Requests.Zone body = aZone(" ", "380001", "!!").fee("-5").minutes(0).build();

		Problem problem = problem(this.api.post(this.zones, admin(), body), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("name", "postalCodes[1]", "deliveryFee",
				"estimatedMinutes");
		assertThat(problem(this.api.post(this.zones, admin(), aZone("Empty").minutes(30).build()), 400).fields())
			.containsExactly("postalCodes");
	}

	@Test
	void aZoneIsReachedOnlyThroughItsOwnStore() {
		Map<String, Object> zone = this.api.addZone(this.storeId, aZone("Old City", "380001").fee("20").minutes(25));
		UUID otherStore = this.api.createStore();
		String elsewhere = STORES + "/" + otherStore + "/delivery-zones/" + zone.get("id");

		problem(this.api.get(elsewhere, null), 404);
		problem(this.api.put(elsewhere, admin(), aZone("Stolen", "380001").fee("0").minutes(5).build()), 404);
		problem(this.api.delete(elsewhere, admin()), 404);
		assertThat(map(this.api.get(this.zones + "/" + zone.get("id"), null)).get("name")).isEqualTo("Old City");
	}

	@Test
	void zonesOfAnUnknownStoreAreNotFound() {
		String unknown = STORES + "/" + UUID.randomUUID() + "/delivery-zones";
		assertThat(problem(this.api.get(unknown, null), 404).typeSlug()).isEqualTo("store-not-found");
		assertThat(problem(this.api.post(unknown, admin(), aZone("Nowhere", "380001").minutes(30).build()), 404)
			.typeSlug()).isEqualTo("store-not-found");
	}

}
