package com.jainshikanji.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Api.map;
import static com.jainshikanji.store.Requests.aStore;
import static com.jainshikanji.store.Requests.uniqueSlug;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stores over HTTP: created and changed by admins, read by anyone; deactivated ones
 * listed to admins only.
 */
@StoreServiceTest
class StoreApiTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void aNewStoreTakesTheDefaultsAndIsClosedUntilItsHoursAreSet() {
		String slug = uniqueSlug();
		var response = this.api.post(STORES, admin(), aStore().slug(slug).build()).expectStatus().isCreated();
		Map<String, Object> store = map(response);

		assertThat(store.get("slug")).isEqualTo(slug);
		assertThat(store.get("timeZone")).isEqualTo("Asia/Kolkata");
		assertThat(store.get("active")).isEqualTo(true);
		assertThat(store.get("acceptingOrders")).isEqualTo(true);
		assertThat(store.get("openNow")).isEqualTo(false);
		assertThat(store.get("minimumOrderValue")).isEqualTo(0.0);
		assertThat(store.get("deliveryFee")).isEqualTo(0.0);
		assertThat(store.get("freeDeliveryThreshold")).isNull();
		assertThat(store.get("estimatedPreparationMinutes")).isEqualTo(30);
		assertThat(store.get("coordinates")).isNull();
		assertThat(Api.object(store.get("address"))).containsEntry("country", "India")
			.containsEntry("postalCode", "380001");
	}

	@Test
	void aStoreIsCreatedWithEverySettingAndReadByAnyone() {
		Requests.Store body = aStore().description("Shikanji by the lake")
			.coordinates("23.0237", "72.5879")
			.timeZone("Asia/Dubai")
			.acceptingOrders(false)
			.minimumOrderValue("99.50")
			.deliveryFee("25")
			.freeDeliveryThreshold("500.00")
			.preparationMinutes(12)
			.build();
		var created = this.api.post(STORES, admin(), body).expectStatus().isCreated();
		String location = created.returnResult(Map.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
		UUID id = Api.id(map(created));

		Map<String, Object> store = map(this.api.get(STORES + "/" + id, null).expectStatus().isOk());

		assertThat(location).endsWith(STORES + "/" + id);
		assertThat(store.get("description")).isEqualTo("Shikanji by the lake");
		assertThat(Api.object(store.get("coordinates"))).containsEntry("latitude", 23.0237);
		assertThat(store.get("timeZone")).isEqualTo("Asia/Dubai");
		assertThat(store.get("acceptingOrders")).isEqualTo(false);
		assertThat(store.get("minimumOrderValue")).isEqualTo(99.5);
		assertThat(store.get("deliveryFee")).isEqualTo(25.0);
		assertThat(store.get("freeDeliveryThreshold")).isEqualTo(500.0);
		assertThat(store.get("estimatedPreparationMinutes")).isEqualTo(12);
		// Money always has two decimals on the wire.
		String json = this.api.get(STORES + "/" + id, null).expectBody(String.class).returnResult().getResponseBody();
		assertThat(json).contains("\"deliveryFee\":25.00", "\"minimumOrderValue\":99.50");
	}

	@Test
	void coordinatesAreKeptToEightDecimalsFromTheStart() {
		Map<String, Object> created = this.api
			.createStore(aStore().coordinates("23.023700004999", "72.587900005").build());

		String read = this.api.get(STORES + "/" + Api.id(created), null)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(Api.object(created.get("coordinates"))).containsEntry("latitude", 23.0237)
			.containsEntry("longitude", 72.58790001);
		assertThat(read).contains("\"latitude\":23.02370000", "\"longitude\":72.58790001");
	}

	@Test
	void anAdminChangesAStoreAsAWhole() {
		Requests.StoreBuilder body = aStore();
		UUID id = Api.id(this.api.createStore(body.build()));
		String newSlug = uniqueSlug();
		body.slug(newSlug).name("Jain Shikanji Renamed").active(false).deliveryFee("15.00");

		Map<String, Object> changed = map(this.api.put(STORES + "/" + id, admin(), body.build()).expectStatus().isOk());

		assertThat(changed.get("slug")).isEqualTo(newSlug);
		assertThat(changed.get("name")).isEqualTo("Jain Shikanji Renamed");
		assertThat(changed.get("active")).isEqualTo(false);
		assertThat(changed.get("deliveryFee")).isEqualTo(15.0);
		assertThat(map(this.api.get(STORES + "/" + id, null)).get("slug")).isEqualTo(newSlug);
	}

	@Test
	void aDuplicateSlugIsAConflict() {
		String slug = uniqueSlug();
		this.api.createStore(aStore().slug(slug).build());

		Problem problem = problem(this.api.post(STORES, admin(), aStore().slug(slug).build()), 409);

		assertThat(problem.typeSlug()).isEqualTo("store-slug-taken");
		assertThat(problem.detail()).contains(slug);
	}

	@Test
	void changingToAnotherStoresSlugIsAConflictButKeepingOnesOwnIsFine() {
		String taken = uniqueSlug();
		this.api.createStore(aStore().slug(taken).build());
		Requests.StoreBuilder body = aStore();
		UUID id = Api.id(this.api.createStore(body.build()));

		this.api.put(STORES + "/" + id, admin(), body.build()).expectStatus().isOk();
		body.slug(taken);
		assertThat(problem(this.api.put(STORES + "/" + id, admin(), body.build()), 409).typeSlug())
			.isEqualTo("store-slug-taken");
	}

	@Test
	void aBadSlugIsRefusedNamingTheField() {
		for (String slug : List.of("Manek Chowk", "-manek", "manek--chowk", "ab", "MANEK")) {
			Problem problem = problem(this.api.post(STORES, admin(), aStore().slug(slug).build()), 400);
			assertThat(problem.typeSlug()).as(slug).isEqualTo("validation-failed");
			assertThat(problem.fields()).as(slug).containsOnly("slug");
		}
	}

	@Test
	void aNegativeFeeIsRefusedNamingTheField() {
		Requests.Store body = aStore().deliveryFee("-1.00").minimumOrderValue("10.001").build();

		Problem problem = problem(this.api.post(STORES, admin(), body), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("deliveryFee", "minimumOrderValue");
	}

	@Test
	void anUnknownTimeZoneIsRefusedNamingTheField() {
		for (String zone : List.of("Asia/Ahmedabad", "+05:30", "IST")) {
			Problem problem = problem(this.api.post(STORES, admin(), aStore().timeZone(zone).build()), 400);
			assertThat(problem.fields()).as(zone).containsExactly("timeZone");
			assertThat(problem.detail()).contains("IANA");
		}
	}

	@Test
	void missingAndMalformedNestedFieldsAreNamedByTheirPath() {
		Requests.Store body = aStore().contact("not-an-email", "12")
			.address(new Requests.Address("Manek Chowk", null, "Ahmedabad", null, "!", null))
			.coordinates(new Requests.Coordinates(new BigDecimal("123.4"), null))
			.build();

		Problem problem = problem(this.api.post(STORES, admin(), body), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("contact.email", "contact.phone", "address.state",
				"address.postalCode", "coordinates.latitude", "coordinates.longitude");
	}

	@Test
	void anUnknownStoreIsNotFound() {
		Problem problem = problem(this.api.get(STORES + "/" + UUID.randomUUID(), null), 404);
		assertThat(problem.typeSlug()).isEqualTo("store-not-found");
		problem(this.api.put(STORES + "/" + UUID.randomUUID(), admin(), aStore().build()), 404);
	}

	@Test
	void storesAreListedByNameAndFilteredByCityAndActiveFlag() {
		String city = uniqueCity();
		for (String name : List.of("Zeta", "Alpha", "Mid")) {
			this.api.createStore(aStore().name(name).city(city).active(!"Mid".equals(name)).build());
		}

		Map<String, Object> all = map(
				this.api.get(STORES + "?city=" + city.toUpperCase(), admin()).expectStatus().isOk());
		Map<String, Object> active = map(this.api.get(STORES + "?active=true&city=" + city, admin()));
		Map<String, Object> inactive = map(this.api.get(STORES + "?active=false&city=" + city, admin()));
		Map<String, Object> firstPage = map(this.api.get(STORES + "?size=2&page=0&city=" + city, admin()));
		Map<String, Object> secondPage = map(this.api.get(STORES + "?size=2&page=1&city=" + city, admin()));

		assertThat(names(all)).containsExactly("Alpha", "Mid", "Zeta");
		assertThat(all.get("totalItems")).isEqualTo(3);
		assertThat(names(active)).containsExactly("Alpha", "Zeta");
		assertThat(names(inactive)).containsExactly("Mid");
		assertThat(names(firstPage)).containsExactly("Alpha", "Mid");
		assertThat(firstPage.get("totalPages")).isEqualTo(2);
		assertThat(names(secondPage)).containsExactly("Zeta");
	}

	@Test
	void anyoneButAnAdminListsOnlyActiveStoresAndIsRefusedDeactivatedOnes() {
		String city = uniqueCity();
		for (String name : List.of("Zeta", "Alpha", "Mid")) {
			this.api.createStore(aStore().name(name).city(city).active(!"Mid".equals(name)).build());
		}
		UUID deactivated = Api.id(this.api.createStore(aStore().name("Gone").city(city).active(false).build()));

		listsOnlyActiveStores(city, deactivated, null, "anonymous");
		listsOnlyActiveStores(city, deactivated, TestTokens.customer(), "customer");
		listsOnlyActiveStores(city, deactivated, TestTokens.staffOf(deactivated), "the store's staff");
	}

	@Test
	void aDeactivatedStoreIsNotOpenWhateverItsHours() {
		String city = uniqueCity();
		Requests.StoreBuilder body = aStore().city(city);
		UUID id = Api.id(this.api.createStore(body.build()));
		this.api.setHours(id, Requests.alwaysOpen());
		String hours = STORES + "/" + id + "/operating-hours";
		assertThat(map(this.api.get(STORES + "/" + id, null))).containsEntry("openNow", true);

		this.api.put(STORES + "/" + id, admin(), body.active(false).build()).expectStatus().isOk();

		assertThat(map(this.api.get(STORES + "/" + id, null))).containsEntry("active", false)
			.containsEntry("openNow", false);
		assertThat(map(this.api.get(hours, null))).containsEntry("openNow", false);
		assertThat(items(map(this.api.get(STORES + "?city=" + city, admin())))).singleElement()
			.satisfies((store) -> assertThat(store).containsEntry("active", false).containsEntry("openNow", false));

		this.api.put(STORES + "/" + id, admin(), body.active(true).build()).expectStatus().isOk();
		assertThat(map(this.api.get(STORES + "/" + id, null))).containsEntry("openNow", true);
		assertThat(map(this.api.get(hours, null))).containsEntry("openNow", true);
	}

	private void listsOnlyActiveStores(String city, UUID deactivated, String token, String caller) {
		Map<String, Object> all = map(this.api.get(STORES + "?city=" + city, token).expectStatus().isOk());
		Map<String, Object> active = map(this.api.get(STORES + "?active=true&city=" + city, token));
		Problem inactive = problem(this.api.get(STORES + "?active=false&city=" + city, token), 403);

		assertThat(names(all)).as(caller).containsExactly("Alpha", "Zeta");
		assertThat(all.get("totalItems")).as(caller).isEqualTo(2);
		assertThat(names(active)).as(caller).containsExactly("Alpha", "Zeta");
		assertThat(inactive.typeSlug()).as(caller).isEqualTo("inactive-stores-not-listed");
		assertThat(inactive.fields()).as(caller).containsExactly("active");
		// Not hidden, only not browsed: the store's own page still shows it.
		assertThat(map(this.api.get(STORES + "/" + deactivated, token).expectStatus().isOk())).as(caller)
			.containsEntry("active", false);
	}

	private static String uniqueCity() {
		return "Testpur " + UUID.randomUUID().toString().substring(0, 6);
	}

	private static List<Object> names(Map<String, Object> page) {
		return items(page).stream().map((store) -> store.get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

}
