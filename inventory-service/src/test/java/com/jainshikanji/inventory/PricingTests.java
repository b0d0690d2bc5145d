package com.jainshikanji.inventory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pricing a product with chosen options, and every rule a choice can break answered with
 * a 422 naming it.
 */
@InventoryServiceTest
class PricingTests {

	@Autowired
	RestTestClient client;

	Api api;

	Map<String, Object> shikanji;

	Map<String, Object> size;

	Map<String, Object> sugar;

	Map<String, Object> addOns;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.shikanji = this.api.createProduct();
		Object id = this.shikanji.get("id");
		this.size = this.api.addCustomization(id, "Size", "SELECT", true, Bodies.option("Regular (300 ml)", "0", true),
				Bodies.option("Large (500 ml)", "20.00", false));
		this.sugar = this.api.addCustomization(id, "Sugar level", "RADIO", true,
				Bodies.option("Less sugar", "0", false), Bodies.option("Regular", "0", true));
		this.addOns = this.api.addCustomization(id, "Add-ons", "CHECKBOX", false,
				Bodies.option("Extra mint", "10.00", false), Bodies.option("Sabja seeds", "15.50", false));
	}

	@Test
	void pricesTheBasePlusTheChosenOptionsTimesTheQuantity() {
		Map<String, Object> quote = Api
			.ok(price(this.shikanji, List.of(option(this.size, "Large (500 ml)"), option(this.sugar, "Less sugar"),
					option(this.addOns, "Extra mint"), option(this.addOns, "Sabja seeds")), 3));

		assertThat(quote.get("basePrice")).isEqualTo(40.0);
		assertThat(quote.get("unitPrice")).isEqualTo(85.5);
		assertThat(quote.get("quantity")).isEqualTo(3);
		assertThat(quote.get("total")).isEqualTo(256.5);
		assertThat(quote.get("currency")).isEqualTo("INR");
		assertThat((List<?>) quote.get("selections"))
			.extracting((selection) -> (Object) ((Map<?, ?>) selection).get("option"))
			.containsExactly("Large (500 ml)", "Less sugar", "Extra mint", "Sabja seeds");
	}

	@Test
	void optionalCustomizationsMayBeLeftOutAndQuantityDefaultsToOne() {
		Map<String, Object> quote = Api
			.ok(this.api.post(Api.PRODUCTS + "/" + this.shikanji.get("id") + "/price", null, new Bodies.PriceBody()
				.optionIds(List.of(option(this.size, "Regular (300 ml)"), option(this.sugar, "Regular")))));
		assertThat(quote.get("unitPrice")).isEqualTo(40.0);
		assertThat(quote.get("total")).isEqualTo(40.0);
	}

	@Test
	void anOptionOfAnotherProductIsRefused() {
		Map<String, Object> other = this.api.createProduct();
		Map<String, Object> otherSize = this.api.addCustomization(other.get("id"), "Size", "SELECT", false,
				Bodies.option("Jumbo", "40.00", false));

		Problem problem = Problems.problem(price(this.shikanji,
				List.of(option(this.size, "Large (500 ml)"), option(this.sugar, "Regular"), option(otherSize, "Jumbo")),
				1), 422);
		assertThat(problem.typeSlug()).isEqualTo("option-not-of-product");
		assertThat(problem.rule()).isEqualTo("option-not-of-product");

		assertThat(Problems.problem(price(this.shikanji, List.of(UUID.randomUUID()), 1), 422).rule())
			.isEqualTo("option-not-of-product");
	}

	@Test
	void aRequiredCustomizationLeftOutTakesItsDefaultOrIsRefusedWithoutOne() {
		Map<String, Object> quote = Api.ok(price(this.shikanji, List.of(option(this.size, "Large (500 ml)")), 1));
		assertThat((List<?>) quote.get("selections"))
			.extracting((selection) -> (Object) ((Map<?, ?>) selection).get("option"))
			.containsExactly("Large (500 ml)", "Regular");

		this.api.addCustomization(this.shikanji.get("id"), "Glass", "RADIO", true, Bodies.option("Steel", "0", false),
				Bodies.option("Kulhad", "5.00", false));
		Problem problem = Problems.problem(price(this.shikanji, List.of(option(this.size, "Large (500 ml)")), 1), 422);
		assertThat(problem.rule()).isEqualTo("required-customization-missing");
		assertThat(problem.detail()).isEqualTo("Choose an option for 'Glass'");
	}

	@Test
	void twoOptionsOfARadioOrSelectAreRefused() {
		Problem radio = Problems.problem(price(this.shikanji, List.of(option(this.size, "Regular (300 ml)"),
				option(this.sugar, "Regular"), option(this.sugar, "Less sugar")), 1), 422);
		assertThat(radio.rule()).isEqualTo("too-many-options");
		assertThat(radio.detail()).contains("Sugar level");

		Problem select = Problems.problem(price(this.shikanji, List.of(option(this.size, "Regular (300 ml)"),
				option(this.size, "Large (500 ml)"), option(this.sugar, "Regular")), 1), 422);
		assertThat(select.rule()).isEqualTo("too-many-options");
	}

	@Test
	void aProductThatCannotBeOrderedNowIsRefused() {
		Map<String, Object> seasonal = this.api.createProduct(
				Bodies.product(((Map<?, ?>) this.shikanji.get("category")).get("id"), "Seasonal Aam Panna", "60.00")
					.availableFrom(Instant.now().plus(10, ChronoUnit.DAYS)));
		assertThat(Problems.problem(price(seasonal, List.of(), 1), 422).rule()).isEqualTo("product-unavailable");

		Map<String, Object> switchedOff = this.api.createProduct(
				Bodies.product(((Map<?, ?>) this.shikanji.get("category")).get("id"), "Retired Shikanji", "50.00")
					.available(false));
		assertThat(Problems.problem(price(switchedOff, List.of(), 1), 422).rule()).isEqualTo("product-unavailable");
	}

	@Test
	void badQuantitiesAndUnknownProductsAreClientErrors() {
		assertThat(Problems.problem(price(this.shikanji, List.of(), 0), 400).fields()).containsExactly("quantity");
		assertThat(Problems.problem(price(this.shikanji, List.of(), 101), 400).fields()).containsExactly("quantity");
		assertThat(Problems
			.problem(this.api.post(Api.PRODUCTS + "/" + UUID.randomUUID() + "/price", null, new Bodies.PriceBody()),
					404)
			.typeSlug()).isEqualTo("product-not-found");
	}

	private RestTestClient.ResponseSpec price(Map<String, Object> product, List<Object> optionIds, int quantity) {
		return this.api.post(Api.PRODUCTS + "/" + product.get("id") + "/price", null,
				Bodies.price(optionIds, quantity));
	}

	private static Object option(Map<String, Object> customization, String name) {
		return ((List<?>) customization.get("options")).stream()
			.map(Map.class::cast)
			.filter((option) -> name.equals(option.get("name")))
			.findFirst()
			.orElseThrow()
			.get("id");
	}

}
