package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.Category.CategoryDetails;
import com.jainshikanji.inventory.catalog.Customization.CustomizationDetails;
import com.jainshikanji.inventory.catalog.Customization.OptionDetails;

/**
 * An object mother for the catalog's unit tests: a valid product (classic shikanji at
 * ₹40, orderable any time) and the pieces to vary it.
 */
final class TestProducts {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private TestProducts() {
	}

	static Category category() {
		return new Category(new CategoryDetails("shikanji", "Shikanji", null, null, 1), NOW);
	}

	static ProductDetails details() {
		return details(Availability.ALWAYS);
	}

	static ProductDetails details(Availability availability) {
		return new ProductDetails("Classic Shikanji", "classic-shikanji", "Fresh lemons and roasted cumin", null,
				"JS-SHI-001", new Pricing(Money.of("40.00"), Money.of("50.00"), Money.of("12.00")), "Lemonade",
				List.of("classic", "summer"), new DietaryFlags(true, true, true, true, true),
				new Serving(SpiceLevel.MILD, 5, 1, "300 ml", "ml", null, null), Nutrition.NONE,
				new Media(List.of("https://cdn.example/classic.jpg"), null), availability, true, Seo.NONE);
	}

	static Product product() {
		return Product.create(details(), category(), UUID.randomUUID(), NOW);
	}

	static Product product(Availability availability) {
		return Product.create(details(availability), category(), UUID.randomUUID(), NOW);
	}

	static CustomizationDetails customization(String name, CustomizationType type, boolean required,
			OptionDetails... options) {
		return new CustomizationDetails(name, type, required, null, List.of(options));
	}

	static OptionDetails option(String name, String priceModifier, boolean isDefault) {
		return new OptionDetails(null, name, Money.of(priceModifier), isDefault, 0);
	}

	/** The id of the named option of the customization. */
	static UUID optionId(Customization customization, String name) {
		return customization.options()
			.stream()
			.filter((option) -> option.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
