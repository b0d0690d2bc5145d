package com.jainshikanji.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Admins manage products, customizations and categories; the catalog keeps its rules. */
@InventoryServiceTest
class CatalogManagementTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	Map<String, Object> category;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.category = this.api.createCategory();
	}

	@Test
	void anAdminCreatesAProductWithEveryDetail() {
		Bodies.ProductBody body = Bodies.product(this.category.get("id"), "Masala Shikanji (Jain)", "50.00")
			.without("slug")
			.sku("js-shi-" + Api.unique("x").substring(2))
			.originalPrice(new BigDecimal("60"))
			.subcategory("Lemonade")
			.tags("masala", "summer", "masala")
			.vegan(true)
			.glutenFree(true)
			.nutFree(true)
			.spiceLevel("MEDIUM")
			.prepTimeMinutes(5)
			.servings(1)
			.nutrition(new Bodies.NutritionBody().calories(95).carbsG(new BigDecimal("23.5")).sodiumMg(410))
			.images("https://cdn.jainshikanji.in/products/masala-shikanji.jpg")
			.featured(true);

		Map<String, Object> product = Api.json(this.api.post(Api.PRODUCTS, Api.ADMIN, body), 201);

		assertThat(product.get("slug")).isEqualTo("masala-shikanji-jain");
		assertThat((String) product.get("sku")).startsWith("JS-SHI-");
		assertThat(product.get("price")).isEqualTo(50.0);
		assertThat(product.get("originalPrice")).isEqualTo(60.0);
		assertThat(product.get("costPrice")).isEqualTo(12.5);
		assertThat(product.get("tags")).isEqualTo(List.of("masala", "summer"));
		assertThat(product.get("dietary"))
			.isEqualTo(Map.of("jain", true, "veg", true, "vegan", true, "glutenFree", true, "nutFree", true));
		assertThat(((Map<?, ?>) product.get("nutrition")).get("calories")).isEqualTo(95);
		assertThat(product.get("available")).isEqualTo(true);
		assertThat(product.get("rating")).isEqualTo(0.0);
		assertThat(((Map<?, ?>) product.get("category")).get("slug")).isEqualTo(this.category.get("slug"));
		assertThat(Api.ok(this.api.get(Api.PRODUCTS + "/masala-shikanji-jain", null)).get("id"))
			.isEqualTo(product.get("id"));
	}

	@Test
	void aNegativePriceIsRefusedNamingTheField() {
		Bodies.ProductBody body = Bodies.product(this.category.get("id"), "Free Shikanji", "1.00")
			.price(new BigDecimal("-5"))
			.costPrice(new BigDecimal("-1"));
		Problem problem = Problems.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, body), 400);
		assertThat(problem.fields()).containsExactly("costPrice", "price");
	}

	@Test
	void slugsAndSkusAreUnique() {
		Map<String, Object> first = this.api
			.createProduct(Bodies.product(this.category.get("id"), "Kokum Sharbat", "55.00"));
		Bodies.ProductBody sameSlug = Bodies.product(this.category.get("id"), "Kokum Sharbat", "55.00")
			.slug((String) first.get("slug"));
		assertThat(Problems.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, sameSlug), 409).typeSlug())
			.isEqualTo("slug-taken");

		String sku = Api.unique("SKU").toUpperCase();
		this.api.createProduct(Bodies.product(this.category.get("id"), "Bel Sharbat", "60.00").sku(sku));
		Bodies.ProductBody sameSku = Bodies.product(this.category.get("id"), "Bel Sharbat 2", "60.00").sku(sku);
		assertThat(Problems.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, sameSku), 409).typeSlug())
			.isEqualTo("sku-taken");
	}

	@Test
	void aJainProductMustBeVegetarian() {
		Bodies.ProductBody body = Bodies.product(this.category.get("id"), "Odd Samosa", "30.00").veg(false);
		assertThat(Problems.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, body), 422).typeSlug())
			.isEqualTo("invalid-product");
	}

	@Test
	void aPriceBeforeADiscountMustBeMoreThanThePrice() {
		for (String original : new String[] { "10.00", "50.00" }) {
			Bodies.ProductBody body = Bodies.product(this.category.get("id"), "Odd Discount " + original, "50.00")
				.originalPrice(new BigDecimal(original));
			assertThat(Problems.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, body), 422).detail()).as(original)
				.contains("originalPrice must be more than price");
		}
		this.api.createProduct(Bodies.product(this.category.get("id"), "Real Discount", "50.00")
			.originalPrice(new BigDecimal("60.00")));
	}

	@Test
	void anUnknownCategoryIsNotFound() {
		Bodies.ProductBody body = Bodies.product(java.util.UUID.randomUUID(), "Lost Lassi", "70.00");
		assertThat(Problems.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, body), 404).typeSlug())
			.isEqualTo("category-not-found");
	}

	@Test
	void changingCustomizationsKeepsTheIdsOfOptionsKept() {
		Object productId = this.api.createProduct().get("id");
		Map<String, Object> size = this.api.addCustomization(productId, "Size", "SELECT", true,
				Bodies.option("Regular", "0", true), Bodies.option("Large", "20.00", false));
		List<?> options = (List<?>) size.get("options");
		Map<?, ?> regular = (Map<?, ?>) options.get(0);

		Bodies.CustomizationBody change = Bodies.customization("Glass size", "SELECT", true,
				new Bodies.OptionBody().id(regular.get("id")).name("Regular (300 ml)").isDefault(true),
				new Bodies.OptionBody().name("Jumbo (750 ml)").priceModifier(new BigDecimal("40")));
		Map<String, Object> changed = Api
			.ok(this.api.put(Api.PRODUCTS + "/" + productId + "/customizations/" + size.get("id"), Api.ADMIN, change));

		assertThat((List<?>) changed.get("options")).extracting((option) -> (Object) ((Map<?, ?>) option).get("name"))
			.containsExactlyInAnyOrder("Regular (300 ml)", "Jumbo (750 ml)");
		assertThat((List<?>) changed.get("options")).extracting((option) -> (Object) ((Map<?, ?>) option).get("id"))
			.contains(regular.get("id"));
		List<?> customizations = (List<?>) Api.ok(this.api.get(Api.PRODUCTS + "/" + productId, null))
			.get("customizations");
		assertThat(customizations).hasSize(1);

		this.api.delete(Api.PRODUCTS + "/" + productId + "/customizations/" + size.get("id"), Api.ADMIN)
			.expectStatus()
			.isNoContent();
		assertThat((List<?>) Api.ok(this.api.get(Api.PRODUCTS + "/" + productId, null)).get("customizations"))
			.isEmpty();
	}

	@Test
	void aSingleChoiceCustomizationHasAtMostOneDefault() {
		Object productId = this.api.createProduct().get("id");
		Problem problem = Problems.problem(
				this.api.post(Api.PRODUCTS + "/" + productId + "/customizations", Api.ADMIN, Bodies.customization("Ice",
						"RADIO", false, Bodies.option("No ice", "0", true), Bodies.option("Regular ice", "0", true))),
				422);
		assertThat(problem.typeSlug()).isEqualTo("invalid-customization");
		assertThat(
				Problems
					.problem(
							this.api.post(Api.PRODUCTS + "/" + productId + "/customizations", Api.ADMIN,
									Bodies.customization("Ice", "SLIDER", false, Bodies.option("No ice", "0", true))),
							400)
					.fields())
			.containsExactly("type");
	}

	@Test
	void aCategoryWithProductsCannotBeDeleted() {
		this.api.createProduct(Bodies.product(this.category.get("id"), "Nimbu Pani", "30.00"));
		assertThat(Problems.problem(this.api.delete("/api/v1/categories/" + this.category.get("id"), Api.ADMIN), 409)
			.typeSlug()).isEqualTo("category-in-use");

		Map<String, Object> empty = this.api.createCategory();
		this.api.delete("/api/v1/categories/" + empty.get("id"), Api.ADMIN).expectStatus().isNoContent();
		assertThat(Problems.problem(this.api.get("/api/v1/categories/" + empty.get("id"), null), 404).typeSlug())
			.isEqualTo("category-not-found");
	}

	@Test
	void aCategoryWhoseProductsAreAllArchivedIsDeletedAndTheyKeepEverythingElse() {
		Object categoryId = this.category.get("id");
		Object kalaKhatta = this.api.createProduct(Bodies.product(categoryId, "Kala Khatta", "35.00")).get("id");
		Object jaljeera = this.api.createProduct(Bodies.product(categoryId, "Jaljeera", "30.00")).get("id");
		UUID store = UUID.randomUUID();
		this.api.stock(store, kalaKhatta, 12, 2);
		this.api.delete(Api.PRODUCTS + "/" + kalaKhatta, Api.ADMIN).expectStatus().isNoContent();
		this.api.delete(Api.PRODUCTS + "/" + jaljeera, Api.ADMIN).expectStatus().isNoContent();

		this.api.delete("/api/v1/categories/" + categoryId, Api.ADMIN).expectStatus().isNoContent();

		assertThat(Problems.problem(this.api.get("/api/v1/categories/" + categoryId, null), 404).typeSlug())
			.isEqualTo("category-not-found");
		// Still there, archived, and in no category now.
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM products WHERE id IN (:ids) AND archived_at IS NOT NULL AND category_id IS NULL")
			.param("ids", List.of(UUID.fromString(kalaKhatta.toString()), UUID.fromString(jaljeera.toString())))
			.query(Integer.class)
			.single()).isEqualTo(2);
		// Its stock at the store and that stock's history are read as before.
		assertThat(Api.ok(this.api.get(Api.stockPath(store, kalaKhatta), Api.ADMIN)))
			.containsEntry("productName", "Kala Khatta")
			.containsEntry("currentStock", 12);
		assertThat(Api.ok(this.api.get(Api.stockPath(store, kalaKhatta) + "/adjustments", Api.ADMIN)).get("totalItems"))
			.isEqualTo(1);
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "/" + kalaKhatta, null), 404).typeSlug())
			.isEqualTo("product-not-found");
	}

	@Test
	void aCategoryWithAProductOnTheMenuIsInUseWhateverIsArchivedInIt() {
		Object categoryId = this.category.get("id");
		this.api.createProduct(Bodies.product(categoryId, "Nimbu Soda", "30.00"));
		Object archived = this.api.createProduct(Bodies.product(categoryId, "Old Nimbu Soda", "25.00")).get("id");
		this.api.delete(Api.PRODUCTS + "/" + archived, Api.ADMIN).expectStatus().isNoContent();

		Problem inUse = Problems.problem(this.api.delete("/api/v1/categories/" + categoryId, Api.ADMIN), 409);

		assertThat(inUse.typeSlug()).isEqualTo("category-in-use");
		assertThat(inUse.detail()).contains("1 product(s)");
		assertThat(this.jdbc.sql("SELECT category_id FROM products WHERE id = :id")
			.param("id", UUID.fromString(archived.toString()))
			.query(UUID.class)
			.single()).isEqualTo(UUID.fromString(categoryId.toString()));
	}

	@Test
	void onlyAnArchivedProductCanBeInNoCategory() {
		UUID live = UUID
			.fromString(this.api.createProduct(Bodies.product(this.category.get("id"), "Aam Panna", "45.00"))
				.get("id")
				.toString());

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.sql("UPDATE products SET category_id = NULL WHERE id = :id").param("id", live).update())
			.withMessageContaining("products_category_unless_archived");
	}

	@Test
	void aProductCannotBeFiledUnderACategoryJustDeleted() {
		Object productId = this.api.createProduct(Bodies.product(this.category.get("id"), "Jaljeera", "35.00"))
			.get("id");
		Object deleted = this.api.createCategory().get("id");
		this.api.delete("/api/v1/categories/" + deleted, Api.ADMIN).expectStatus().isNoContent();

		assertThat(Problems
			.problem(this.api.post(Api.PRODUCTS, Api.ADMIN, Bodies.product(deleted, "Late Lassi", "70.00")), 404)
			.typeSlug()).isEqualTo("category-not-found");
		assertThat(Problems
			.problem(this.api.put(Api.PRODUCTS + "/" + productId, Api.ADMIN,
					Bodies.product(deleted, "Jaljeera", "35.00")), 404)
			.typeSlug()).isEqualTo("category-not-found");
	}

	@Test
	void aCategoryDeletedWhileAProductIsAddedToItIsInUse() throws Exception {
		Object categoryId = this.category.get("id");

		// The product's insert comes first and commits while the deletion waits for it.
		RestTestClient.ResponseSpec deletion = new Interleaving(this.transactions, this.jdbc)
			.callWaitingFor(() -> this.jdbc.sql("""
					INSERT INTO products (id, name, slug, price, category_id)
					VALUES (:id, 'Racing Shikanji', :slug, 40, :category)
					""")
				.param("id", UUID.randomUUID())
				.param("slug", Api.unique("racing-shikanji"))
				.param("category", UUID.fromString(categoryId.toString()))
				.update(), () -> this.api.delete("/api/v1/categories/" + categoryId, Api.ADMIN));

		assertThat(Problems.problem(deletion, 409).typeSlug()).isEqualTo("category-in-use");
		assertThat(Api.ok(this.api.get("/api/v1/categories/" + categoryId, null)).get("id")).isEqualTo(categoryId);
	}

	@Test
	void aProductAddedToACategoryBeingDeletedFindsItGone() throws Exception {
		Object categoryId = this.category.get("id");
		String slug = Api.unique("late-lassi");

		// The category's deletion comes first and commits while the product waits for it.
		RestTestClient.ResponseSpec creation = new Interleaving(this.transactions, this.jdbc).callWaitingFor(
				() -> this.jdbc.sql("DELETE FROM categories WHERE id = :id")
					.param("id", UUID.fromString(categoryId.toString()))
					.update(),
				() -> this.api.post(Api.PRODUCTS, Api.ADMIN,
						Bodies.product(categoryId, "Late Lassi", "70.00").slug(slug)));

		assertThat(Problems.problem(creation, 404).typeSlug()).isEqualTo("category-not-found");
		assertThat(Problems.problem(this.api.get(Api.PRODUCTS + "/" + slug, null), 404).typeSlug())
			.isEqualTo("product-not-found");
	}

	@Test
	void aCategoryIsRenamedAndItsSlugStaysUnique() {
		Map<String, Object> other = this.api.createCategory();
		Map<String, Object> renamed = Api.ok(this.api.put("/api/v1/categories/" + this.category.get("id"), Api.ADMIN,
				Bodies.category("Summer Coolers").slug((String) this.category.get("slug")).displayOrder(3)));
		assertThat(renamed.get("name")).isEqualTo("Summer Coolers");
		assertThat(Problems.problem(this.api.put("/api/v1/categories/" + this.category.get("id"), Api.ADMIN,
				Bodies.category("Summer Coolers").slug((String) other.get("slug"))), 409)
			.typeSlug()).isEqualTo("slug-taken");
	}

}
