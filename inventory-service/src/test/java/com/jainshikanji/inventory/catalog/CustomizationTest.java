package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.Customization.CustomizationDetails;
import com.jainshikanji.inventory.catalog.Customization.OptionDetails;

import static com.jainshikanji.inventory.catalog.TestProducts.NOW;
import static com.jainshikanji.inventory.catalog.TestProducts.customization;
import static com.jainshikanji.inventory.catalog.TestProducts.option;
import static com.jainshikanji.inventory.catalog.TestProducts.optionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A customization keeps its own rules, and a change keeps the options it keeps. */
class CustomizationTest {

	Product product = TestProducts.product();

	@Test
	void aCustomizationNeedsAnOption() {
		assertThatExceptionOfType(InvalidCustomization.class)
			.isThrownBy(() -> this.product.addCustomization(customization("Ice", CustomizationType.RADIO, false), NOW));
	}

	@Test
	void optionNamesAreUniqueWhateverTheirCase() {
		assertThatExceptionOfType(InvalidCustomization.class)
			.isThrownBy(() -> this.product.addCustomization(customization("Ice", CustomizationType.CHECKBOX, false,
					option("No ice", "0", false), option("NO ICE", "0", false)), NOW));
	}

	@Test
	void aSingleChoiceHasAtMostOneDefaultAndACheckboxAny() {
		assertThatExceptionOfType(InvalidCustomization.class)
			.isThrownBy(() -> this.product.addCustomization(customization("Ice", CustomizationType.SELECT, false,
					option("No ice", "0", true), option("Crushed", "0", true)), NOW));
		this.product.addCustomization(customization("Add-ons", CustomizationType.CHECKBOX, false,
				option("Mint", "10.00", true), option("Sabja", "15.00", true)), NOW);
	}

	@Test
	void newCustomizationsGoLastUnlessPlaced() {
		Customization first = this.product
			.addCustomization(customization("Size", CustomizationType.SELECT, true, option("Regular", "0", true)), NOW);
		Customization second = this.product
			.addCustomization(customization("Ice", CustomizationType.RADIO, false, option("None", "0", true)), NOW);
		Customization placed = this.product.addCustomization(new CustomizationDetails("Sugar", CustomizationType.RADIO,
				false, 0, List.of(option("Less", "0", true))), NOW);

		assertThat(List.of(first.displayOrder(), second.displayOrder(), placed.displayOrder())).containsExactly(1, 2,
				0);
		assertThat(this.product.customizationResponses()).extracting(CustomizationResponse::name)
			.containsExactly("Sugar", "Size", "Ice");
	}

	@Test
	void aChangeKeepsTheIdsOfOptionsSentWithThemAndDropsTheRest() {
		Customization size = this.product.addCustomization(customization("Size", CustomizationType.SELECT, true,
				option("Regular", "0", true), option("Large", "20.00", false)), NOW);
		UUID regular = optionId(size, "Regular");

		this.product.changeCustomization(size.id(),
				new CustomizationDetails("Glass size", CustomizationType.SELECT, true, null,
						List.of(new OptionDetails(regular, "Regular (300 ml)", Money.ZERO, true, 0),
								option("Jumbo", "40.00", false))),
				NOW);

		assertThat(size.name()).isEqualTo("Glass size");
		assertThat(size.displayOrder()).isEqualTo(1);
		assertThat(size.options()).extracting(CustomizationOption::name)
			.containsExactlyInAnyOrder("Regular (300 ml)", "Jumbo");
		assertThat(optionId(size, "Regular (300 ml)")).isEqualTo(regular);
	}

	@Test
	void aChangeNamingAnOptionOfAnotherCustomizationIsRefused() {
		Customization size = this.product
			.addCustomization(customization("Size", CustomizationType.SELECT, true, option("Regular", "0", true)), NOW);

		assertThatExceptionOfType(InvalidCustomization.class)
			.isThrownBy(
					() -> this.product.changeCustomization(size.id(),
							new CustomizationDetails("Size", CustomizationType.SELECT, true, null,
									List.of(new OptionDetails(UUID.randomUUID(), "Large", Money.ZERO, false, 0))),
							NOW));
		assertThatExceptionOfType(CustomizationNotFound.class)
			.isThrownBy(() -> this.product.changeCustomization(UUID.randomUUID(),
					customization("Size", CustomizationType.SELECT, true, option("Regular", "0", true)), NOW));
	}

}
