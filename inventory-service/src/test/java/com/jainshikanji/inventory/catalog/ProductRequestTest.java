package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a product request becomes in the catalog: defaults, blanks, SKU, rules. */
class ProductRequestTest {

	@Test
	void omittedFieldsTakeTheirDefaults() {
		ProductDetails details = request("Nimbu Pani", null, null).toDetails();

		assertThat(details.slug()).isEqualTo("nimbu-pani");
		assertThat(details.dietary()).isEqualTo(new DietaryFlags(true, true, false, false, false));
		assertThat(details.serving()).isEqualTo(new Serving(SpiceLevel.MILD, 15, 1, null, null, null, null));
		assertThat(details.availability()).isEqualTo(Availability.ALWAYS);
		assertThat(details.nutrition()).isEqualTo(Nutrition.NONE);
		assertThat(details.seo()).isEqualTo(Seo.NONE);
		assertThat(details.sku()).isNull();
	}

	@Test
	void theSkuIsUpperCaseWithoutGrowingLongerThanWasValidated() {
		assertThat(request("Nimbu Pani", " js-lem-007 ", null).toDetails().sku()).isEqualTo("JS-LEM-007");
		// "ß".toUpperCase() is "SS": a 100-character SKU would become 200, more than its
		// column holds.
		assertThat(request("Nimbu Pani", "ß".repeat(100), null).toDetails().sku()).hasSize(100);
	}

	@Test
	void aJainProductThatIsNotVegetarianIsRefused() {
		assertThatExceptionOfType(InvalidProduct.class)
			.isThrownBy(() -> request("Odd Samosa", null, Boolean.FALSE).toDetails());
	}

	private static ProductRequest request(String name, String sku, Boolean veg) {
		return new ProductRequest(name, null, null, null, sku, new BigDecimal("30.00"), null, null, UUID.randomUUID(),
				null, null, null, veg, null, null, null, null, null, null, null, null, null, null, null, List.of(),
				null, null, null, null, null, null, null);
	}

}
