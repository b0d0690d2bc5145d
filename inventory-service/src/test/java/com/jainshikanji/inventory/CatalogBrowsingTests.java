package com.jainshikanji.inventory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public browsing: filters, full-text search, sorting, paging, conditional GETs, and bad
 * parameters answered with a 400 naming the parameter. All in a category of its own.
 */
@InventoryServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBrowsingTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String category;

	Map<String, Object> classic;

	Map<String, Object> retired;

	final UUID store = UUID.randomUUID();

	@BeforeAll
	void createMenu() {
		this.api = new Api(this.client);
		Map<String, Object> created = this.api.createCategory();
		this.category = (String) created.get("slug");
		Object categoryId = created.get("id");
		this.classic = product(categoryId, "Classic Shikanji", "40.00",
				"Fresh lemons with roasted cumin and black salt",
				(body) -> body.tags("summer", "classic").vegan(true).glutenFree(true), 4.7);
		product(categoryId, "Masala Soda", "45.00", "Fizzy soda with house masala",
				(body) -> body.tags("fizzy").vegan(true).spiceLevel("MEDIUM"), 4.5);
		product(categoryId, "Sweet Lassi", "70.00", "Thick dahi whisked with sugar",
				(body) -> body.tags("summer", "dairy").glutenFree(true).spiceLevel("SWEET"), 4.9);
		product(categoryId, "Honey Lemonade", "60.00", "Wild honey stirred into lemonade",
				(body) -> body.tags("summer").jain(false), 4.1);
		product(categoryId, "Kacha Kela Samosa", "35.00", "Raw banana and peas in a crisp crust",
				(body) -> body.tags("fried").vegan(true).spiceLevel("MEDIUM"), 4.6);
		Instant inAMonth = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		product(categoryId, "Aam Panna", "60.00", "Raw mango cooler, summer only",
				(body) -> body.tags("seasonal").vegan(true).availableFrom(inAMonth), 4.8);
		this.retired = product(categoryId, "Retired Shikanji", "50.00", "An old favourite, no longer made",
				(body) -> body.available(false), 3.9);
	}

	private Map<String, Object> product(Object categoryId, String name, String price, String description,
			UnaryOperator<Bodies.ProductBody> extra, double rating) {
		Map<String, Object> product = this.api
			.createProduct(extra.apply(Bodies.product(categoryId, name, price).description(description)));
		// Ratings belong to the review service; set here the way its mirror would.
		this.jdbc.sql("UPDATE products SET rating = :rating, review_count = 10 WHERE id = :id")
			.param("rating", rating)
			.param("id", UUID.fromString((String) product.get("id")))
			.update();
		return product;
	}

	@Test
	void listsTheMenuOfACategory() {
		assertThat(names("")).hasSize(7);
	}

	@Test
	void filtersByDietaryFlags() {
		assertThat(names("&jain=true")).hasSize(6).doesNotContain("Honey Lemonade");
		assertThat(names("&jain=false")).containsExactly("Honey Lemonade");
		assertThat(names("&vegan=true")).containsExactlyInAnyOrder("Classic Shikanji", "Masala Soda",
				"Kacha Kela Samosa", "Aam Panna");
		assertThat(names("&vegan=true&glutenFree=true")).containsExactly("Classic Shikanji");
		assertThat(names("&spiceLevel=MEDIUM")).containsExactlyInAnyOrder("Masala Soda", "Kacha Kela Samosa");
	}

	@Test
	void filtersByTagsRequiringAllOfThem() {
		assertThat(names("&tag=summer")).containsExactlyInAnyOrder("Classic Shikanji", "Sweet Lassi", "Honey Lemonade");
		assertThat(names("&tag=summer&tag=dairy")).containsExactly("Sweet Lassi");
	}

	@Test
	void filtersByPriceRange() {
		assertThat(names("&minPrice=40&maxPrice=60&sort=price_asc")).containsExactly("Classic Shikanji", "Masala Soda",
				"Retired Shikanji", "Aam Panna", "Honey Lemonade");
	}

	@Test
	void filtersByWhetherItCanBeOrderedNow() {
		assertThat(names("&available=true")).hasSize(5).doesNotContain("Aam Panna", "Retired Shikanji");
		assertThat(names("&available=false")).containsExactlyInAnyOrder("Aam Panna", "Retired Shikanji");
		Map<String, Object> aamPanna = page("&q=mango").get(0);
		assertThat(aamPanna.get("available")).isEqualTo(false);
	}

	@Test
	void filtersByAvailableStockAtAStore() {
		Object lassi = idOf("Sweet Lassi");
		this.api.stock(this.store, this.classic.get("id"), 5, 1);
		this.api.stock(this.store, idOf("Masala Soda"), 0, 1);
		this.api.stock(this.store, lassi, 2, 1);
		// All of the lassi is held for an order: on the shelf, but not available.
		Api.json(this.api.post("/api/v1/inventory/reservations", Api.service(),
				Bodies.reserve(UUID.randomUUID(), this.store, lassi, 2)), 201);

		assertThat(names("&inStockAt=" + this.store)).containsExactly("Classic Shikanji");
		assertThat(names("&inStockAt=" + UUID.randomUUID())).isEmpty();
	}

	@Test
	void searchesNameAndDescriptionsWithFullTextAndPartialNames() {
		assertThat(names("&q=shikanji")).containsExactlyInAnyOrder("Classic Shikanji", "Retired Shikanji");
		// Stemmed: "lemons" finds "lemons" in a description; "lemonade" is another word.
		assertThat(names("&q=lemons")).containsExactly("Classic Shikanji");
		assertThat(names("&q=cumin")).containsExactly("Classic Shikanji");
		assertThat(names("&q=raw banana")).containsExactly("Kacha Kela Samosa");
		assertThat(names("&q=shik")).containsExactlyInAnyOrder("Classic Shikanji", "Retired Shikanji");
	}

	@Test
	void ranksTheBestTextMatchFirst() {
		// "honey" is in both the name and the description of one product only.
		assertThat(names("&q=honey")).containsExactly("Honey Lemonade");
		assertThat(names("&q=lemonade").getFirst()).isEqualTo("Honey Lemonade");
	}

	@Test
	void sortsByPriceRatingNameAndNewest() {
		assertThat(names("&sort=price_asc")).containsExactly("Kacha Kela Samosa", "Classic Shikanji", "Masala Soda",
				"Retired Shikanji", "Aam Panna", "Honey Lemonade", "Sweet Lassi");
		assertThat(names("&sort=price_desc").getFirst()).isEqualTo("Sweet Lassi");
		assertThat(names("&sort=rating")).containsExactly("Sweet Lassi", "Aam Panna", "Classic Shikanji",
				"Kacha Kela Samosa", "Masala Soda", "Honey Lemonade", "Retired Shikanji");
		assertThat(names("&sort=newest")).containsExactly("Retired Shikanji", "Aam Panna", "Kacha Kela Samosa",
				"Honey Lemonade", "Sweet Lassi", "Masala Soda", "Classic Shikanji");
		assertThat(names("&sort=name").getFirst()).isEqualTo("Aam Panna");
	}

	@Test
	void pagesThroughTheResults() {
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			Map<String, Object> result = Api.ok(this.api
				.get(Api.PRODUCTS + "?category=" + this.category + "&sort=price_asc&size=2&page=" + page, null));
			assertThat(result.get("totalItems")).isEqualTo(7);
			assertThat(result.get("totalPages")).isEqualTo(4);
			assertThat(result.get("page")).isEqualTo(page);
			seen.addAll(names(result));
		}
		assertThat(seen).hasSize(7).doesNotHaveDuplicates().isEqualTo(names("&sort=price_asc"));
		assertThat(names("&page=9")).isEmpty();
	}

	@Test
	void aPageSizeOverTheCapIsABadRequestNotSilentlyCapped() {
		Problem problem = Problems.problem(this.api.get(Api.PRODUCTS + "?size=100000", null), 400);
		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).containsExactly("size");
		assertThat(problem.detail()).contains("size", "100");
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "?size=0", null), 400).fields())
			.containsExactly("size");
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "?page=-1", null), 400).fields())
			.containsExactly("page");
	}

	@Test
	void anUnknownSortIsABadRequestNamingIt() {
		Problem problem = Problems.problem(this.api.get(Api.PRODUCTS + "?sort=cheapest", null), 400);
		assertThat(problem.fields()).containsExactly("sort");
		assertThat(problem.detail()).contains("price_asc");
	}

	@Test
	void aNegativePriceFilterIsABadRequestNamingIt() {
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "?minPrice=-1", null), 400).fields())
			.containsExactly("minPrice");
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "?maxPrice=-0.5", null), 400).fields())
			.containsExactly("maxPrice");
	}

	@Test
	void malformedParametersAreBadRequestsNamingThem() {
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "?minPrice=cheap", null), 400).fields())
			.containsExactly("minPrice");
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "?inStockAt=store-1", null), 400).fields())
			.containsExactly("inStockAt");
		Problem spice = Problems.problem(this.api.get(Api.PRODUCTS + "?spiceLevel=VOLCANIC", null), 400);
		assertThat(spice.fields()).containsExactly("spiceLevel");
		assertThat(spice.detail()).contains("MILD").doesNotContain("java.", "Exception");
	}

	@Test
	void theListAnswersAMatchingIfNoneMatchWith304() {
		String path = Api.PRODUCTS + "?category=" + this.category;
		String etag = etagOf(path);

		this.client.get().uri(path).ifNoneMatch(etag).exchange().expectStatus().isNotModified().expectBody().isEmpty();
		this.client.get().uri(path).ifNoneMatch("\"something-else\"").exchange().expectStatus().isOk();
	}

	@Test
	void aProductAnswersAMatchingIfNoneMatchWith304UntilItChanges() {
		Map<String, Object> product = this.api.createProduct();
		String path = Api.PRODUCTS + "/" + product.get("id");
		String etag = etagOf(path);
		this.client.get().uri(path).ifNoneMatch(etag).exchange().expectStatus().isNotModified();

		Bodies.ProductBody change = Bodies
			.product(((Map<?, ?>) product.get("category")).get("id"), "Renamed Shikanji", "45.00")
			.slug((String) product.get("slug"));
		Api.ok(this.api.put(path, Api.ADMIN, change));

		String changed = this.client.get()
			.uri(path)
			.ifNoneMatch(etag)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(changed).isNotEqualTo(etag);
	}

	@Test
	void costPricesAreShownToAdminsOnly() {
		String path = Api.PRODUCTS + "/" + this.classic.get("id");
		assertThat(Api.ok(this.api.get(path, null))).doesNotContainKey("costPrice");
		assertThat(Api.ok(this.api.get(path, TestTokens.customer()))).doesNotContainKey("costPrice");
		assertThat(Api.ok(this.api.get(path, TestTokens.staffOf(this.store)))).doesNotContainKey("costPrice");
		assertThat(Api.ok(this.api.get(path, Api.ADMIN)).get("costPrice")).isEqualTo(10.0);

		String list = Api.PRODUCTS + "?category=" + this.category;
		assertThat(items(Api.ok(this.api.get(list, null))))
			.allSatisfy((item) -> assertThat(item).doesNotContainKey("costPrice"));
		assertThat(items(Api.ok(this.api.get(list, Api.ADMIN))))
			.allSatisfy((item) -> assertThat(item).containsKey("costPrice"));
	}

	@Test
	void aProductIsFoundByIdOrSlugUntilItIsArchived() {
		Map<String, Object> product = this.api.createProduct();
		assertThat(Api.ok(this.api.get(Api.PRODUCTS + "/" + product.get("slug"), null)).get("id"))
			.isEqualTo(product.get("id"));

		this.api.delete(Api.PRODUCTS + "/" + product.get("id"), Api.ADMIN).expectStatus().isNoContent();

		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "/" + product.get("id"), null), 404).typeSlug())
			.isEqualTo("product-not-found");
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "/" + product.get("slug"), null), 404).typeSlug())
			.isEqualTo("product-not-found");
	}

	@Test
	void categoriesAreListedForEveryone() {
		List<?> categories = this.api.get("/api/v1/categories", null)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(categories).extracting((category) -> (Object) ((Map<?, ?>) category).get("slug"))
			.contains(this.category);
		assertThat(Api.ok(this.api.get("/api/v1/categories/" + this.category, null)).get("slug"))
			.isEqualTo(this.category);
	}

	private String etagOf(String path) {
		String etag = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).isNotBlank();
		return etag;
	}

	private Object idOf(String name) {
		return page("&q=" + name.replace(' ', '+')).stream()
			.filter((product) -> name.equals(product.get("name")))
			.findFirst()
			.orElseThrow()
			.get("id");
	}

	private List<String> names(String query) {
		return names(Api.ok(this.api.get(Api.PRODUCTS + "?category=" + this.category + query, null)));
	}

	private List<Map<String, Object>> page(String query) {
		return items(Api.ok(this.api.get(Api.PRODUCTS + "?category=" + this.category + query, null)));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	private static List<String> names(Map<String, Object> page) {
		return items(page).stream().map((item) -> (String) item.get("name")).toList();
	}

}
