package com.jainshikanji.inventory.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;

import static com.jainshikanji.inventory.catalog.TestProducts.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A product's life in the catalog: created, changed, archived; and when it is orderable.
 */
class ProductTest {

	@Test
	void aNewProductIsOrderableAndUnrated() {
		Product product = TestProducts.product();

		assertThat(product.orderableAt(NOW)).isTrue();
		ProductResponse response = product.toResponse(true, NOW);
		assertThat(response.rating()).isEqualByComparingTo("0");
		assertThat(response.reviewCount()).isZero();
		assertThat(response.costPrice()).isEqualByComparingTo("12.00");
	}

	@Test
	void onlyAdminsSeeTheCostPrice() {
		Product product = TestProducts.product();

		assertThat(product.toResponse(false, NOW).costPrice()).isNull();
		assertThat(product.toSummary(false, NOW).costPrice()).isNull();
		assertThat(product.toSummary(true, NOW).costPrice()).isEqualByComparingTo("12.00");
	}

	@Test
	void itIsOrderableOnlyInsideItsAvailabilityWindow() {
		Product seasonal = TestProducts
			.product(new Availability(true, NOW.plus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(90))));

		assertThat(seasonal.orderableAt(NOW)).isFalse();
		assertThat(seasonal.orderableAt(NOW.plus(Duration.ofDays(30)))).isTrue();
		assertThat(seasonal.toSummary(false, NOW).available()).isFalse();
	}

	@Test
	void onlyAnArchivedProductLetsGoOfItsCategory() {
		Product onTheMenu = TestProducts.product();
		Product archived = TestProducts.product();
		archived.archive(NOW);

		assertThatIllegalStateException().isThrownBy(() -> onTheMenu.leaveCategory(NOW.plusSeconds(60)))
			.withMessageContaining("on the menu");
		assertThat(onTheMenu.category()).isNotNull();
		assertThat(onTheMenu.toSummary(false, NOW).category().slug()).isEqualTo(TestProducts.category().slug());

		archived.leaveCategory(NOW.plusSeconds(60));

		assertThat(archived.archived()).isTrue();
		assertThatIllegalStateException().isThrownBy(archived::category).withMessageContaining("in no category");
	}

	@Test
	void archivingSwitchesItOffForGoodAndHappensOnce() {
		Product product = TestProducts.product();

		assertThat(product.archive(NOW)).isTrue();

		assertThat(product.archived()).isTrue();
		assertThat(product.orderableAt(NOW)).isFalse();
		assertThat(product.details().availability().enabled()).isFalse();
		assertThat(product.archive(NOW.plusSeconds(60))).isFalse();
	}

	@Test
	void aChangeReplacesWhatAnAdminSetsAndKeepsTheRating() {
		Product product = TestProducts.product();
		ProductDetails before = product.details();
		ProductDetails after = new ProductDetails("Masala Shikanji", "masala-shikanji", null, "Tangy", null,
				new Pricing(Money.of("45.00"), null, null), null, List.of(),
				new DietaryFlags(false, true, false, false, false),
				new Serving(SpiceLevel.MEDIUM, 6, 1, null, null, null, null), Nutrition.NONE,
				new Media(List.of(), null), new Availability(false, null, null), false, new Seo("Masala", null));

		product.change(after, TestProducts.category(), NOW.plusSeconds(1));

		assertThat(product.details()).isEqualTo(after);
		assertThat(product.toResponse(true, NOW).price()).isEqualByComparingTo("45.00");
		assertThat(product.toResponse(true, NOW).metaTitle()).isEqualTo("Masala");
		assertThat(after.changesFrom(before)).containsKeys("name", "price", "available", "dietary")
			.doesNotContainKey("availableFrom");
		assertThat(after.changesFrom(before).get("price"))
			.isEqualTo(mapOf("from", Money.of("40.00").amount(), "to", Money.of("45.00").amount()));
	}

	@Test
	void theDetailsOfAProductAreWhatItWasMadeWith() {
		assertThat(TestProducts.product().details()).isEqualTo(TestProducts.details());
		assertThat(TestProducts.details().changesFrom(TestProducts.details())).isEmpty();
	}

	private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

}
