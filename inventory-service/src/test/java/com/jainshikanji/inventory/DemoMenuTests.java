package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.spring.WithInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local platform's demo profile serves the Jain Shikanji menu, with stock at the four
 * demo stores. Runs on a database of its own, since the demo data is not for the other
 * tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@WithInfrastructure(database = "inventory_demo")
@ActiveProfiles({ "test", "demo" })
class DemoMenuTests {

	static final UUID MANEK_CHOWK = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	static final UUID BANDRA_WEST = UUID.fromString("a1000000-0000-4000-8000-000000000003");

	static final UUID KALUPUR_STATION = UUID.fromString("a1000000-0000-4000-8000-000000000004");

	static final String CLASSIC_SHIKANJI = "e2000000-0000-4000-8000-000000000001";

	static final String AAM_PANNA = "e2000000-0000-4000-8000-000000000018";

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void theMenuIsServed() {
		Map<String, Object> menu = Api.ok(this.api.get(Api.PRODUCTS + "?size=100", null));
		assertThat((Integer) menu.get("totalItems")).isGreaterThanOrEqualTo(30);
		assertThat(names("?q=shikanji&size=100")).contains("Classic Shikanji", "Masala Shikanji", "Kesar Shikanji");
		List<?> categories = this.api.get("/api/v1/categories", null)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(categories).extracting((category) -> (Object) ((Map<?, ?>) category).get("slug"))
			.containsExactly("shikanji", "lemonades", "sodas", "coolers", "chaas-lassi", "jain-snacks", "chaat");
	}

	@Test
	void filtersWorkOnTheMenu() {
		assertThat(names("?category=jain-snacks&size=100")).contains("Khaman Dhokla", "Kacha Kela Samosa",
				"Methi Khakhra");
		// Honey is not Jain.
		assertThat(names("?jain=false&size=100")).containsExactly("Honey Lemonade");
		assertThat(names("?vegan=true&category=chaas-lassi")).isEmpty();
		assertThat(names("?glutenFree=true&category=jain-snacks&size=100")).contains("Khaman Dhokla", "Khandvi")
			.doesNotContain("Methi Khakhra");
		assertThat(names("?tag=bestseller&sort=rating&size=100").getFirst()).isEqualTo("Masala Shikanji");
		assertThat(names("?maxPrice=35&sort=price_asc&size=100")).containsExactly("Chaas", "Nimbu Pani",
				"Banta (Goli Soda)", "Kacha Kela Samosa");
	}

	@Test
	void stockAtTheDemoStoresIsServed() {
		assertThat(ids("?inStockAt=" + MANEK_CHOWK + "&size=100")).hasSizeGreaterThanOrEqualTo(30)
			.contains(AAM_PANNA, CLASSIC_SHIKANJI);
		assertThat(ids("?inStockAt=" + BANDRA_WEST + "&size=100")).doesNotContain(AAM_PANNA).contains(CLASSIC_SHIKANJI);
		// The store open around the clock stocks everything, so a demo order works at any
		// hour.
		assertThat(ids("?inStockAt=" + KALUPUR_STATION + "&size=100")).hasSizeGreaterThanOrEqualTo(30)
			.contains(AAM_PANNA, CLASSIC_SHIKANJI);
		Map<String, Object> stock = Api.ok(this.api.get(Api.stockPath(MANEK_CHOWK, CLASSIC_SHIKANJI),
				com.jainshikanji.testsupport.security.TestTokens.staffOf(MANEK_CHOWK)));
		assertThat((Integer) stock.get("available")).isPositive();
	}

	@Test
	void aDemoDrinkIsPricedWithItsCustomizations() {
		Map<String, Object> shikanji = Api.ok(this.api.get(Api.PRODUCTS + "/classic-shikanji", null));
		assertThat(shikanji.get("id")).isEqualTo(CLASSIC_SHIKANJI);
		List<?> customizations = (List<?>) shikanji.get("customizations");
		assertThat(customizations).extracting((customization) -> (Object) ((Map<?, ?>) customization).get("name"))
			.containsExactly("Size", "Sugar level", "Ice", "Add-ons");

		Map<String, Object> quote = Api.ok(this.api.post(Api.PRODUCTS + "/" + CLASSIC_SHIKANJI + "/price", null,
				Bodies.price(List.of(option(customizations, "Size", "Large (500 ml)"),
						option(customizations, "Sugar level", "Less sugar"),
						option(customizations, "Add-ons", "Extra mint")), 2)));
		assertThat(quote.get("unitPrice")).isEqualTo(70.0);
		assertThat(quote.get("total")).isEqualTo(140.0);
	}

	private static Object option(List<?> customizations, String customization, String option) {
		Map<?, ?> found = customizations.stream()
			.map(Map.class::cast)
			.filter((candidate) -> customization.equals(candidate.get("name")))
			.findFirst()
			.orElseThrow();
		return ((List<?>) found.get("options")).stream()
			.map(Map.class::cast)
			.filter((candidate) -> option.equals(candidate.get("name")))
			.findFirst()
			.orElseThrow()
			.get("id");
	}

	private List<String> names(String query) {
		return items(query).stream().map((item) -> (String) item.get("name")).toList();
	}

	private List<String> ids(String query) {
		return items(query).stream().map((item) -> (String) item.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> items(String query) {
		return (List<Map<String, Object>>) Api.ok(this.api.get(Api.PRODUCTS + query, null)).get("items");
	}

}
