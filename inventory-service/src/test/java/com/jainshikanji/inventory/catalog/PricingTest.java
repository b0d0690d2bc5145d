package com.jainshikanji.inventory.catalog;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.InvalidSelection.Rule;

import static com.jainshikanji.inventory.catalog.TestProducts.NOW;
import static com.jainshikanji.inventory.catalog.TestProducts.customization;
import static com.jainshikanji.inventory.catalog.TestProducts.option;
import static com.jainshikanji.inventory.catalog.TestProducts.optionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pricing a product with customizations: base price plus the chosen options' modifiers,
 * times the quantity, and every rule a choice can break.
 */
class PricingTest {

	Product shikanji;

	Customization size;

	Customization sugar;

	Customization addOns;

	@BeforeEach
	void setUp() {
		this.shikanji = TestProducts.product();
		this.size = this.shikanji.addCustomization(customization("Size", CustomizationType.SELECT, true,
				option("Regular", "0", true), option("Large", "20.00", false)), NOW);
		this.sugar = this.shikanji.addCustomization(customization("Sugar", CustomizationType.RADIO, true,
				option("Less", "0", false), option("Regular", "0", true)), NOW);
		this.addOns = this.shikanji.addCustomization(customization("Add-ons", CustomizationType.CHECKBOX, false,
				option("Mint", "10.00", false), option("Sabja", "15.50", false)), NOW);
	}

	@Test
	void theUnitPriceIsTheBasePlusEveryChosenModifierAndTheTotalTimesTheQuantity() {
		PriceQuote quote = this.shikanji.price(List.of(optionId(this.size, "Large"), optionId(this.sugar, "Less"),
				optionId(this.addOns, "Mint"), optionId(this.addOns, "Sabja")), 3, NOW);

		assertThat(quote.basePrice()).isEqualTo(Money.of("40.00"));
		assertThat(quote.unitPrice()).isEqualTo(Money.of("85.50"));
		assertThat(quote.total()).isEqualTo(Money.of("256.50"));
		assertThat(quote.selections()).extracting(PriceQuote.Selection::option)
			.containsExactly("Large", "Less", "Mint", "Sabja");
	}

	@Test
	void anOptionChosenTwiceCountsOnce() {
		UUID mint = optionId(this.addOns, "Mint");

		PriceQuote quote = this.shikanji
			.price(List.of(optionId(this.size, "Regular"), optionId(this.sugar, "Regular"), mint, mint), 1, NOW);

		assertThat(quote.unitPrice()).isEqualTo(Money.of("50.00"));
	}

	@Test
	void optionalCustomizationsMayBeLeftOut() {
		PriceQuote quote = this.shikanji.price(List.of(optionId(this.size, "Regular"), optionId(this.sugar, "Less")), 2,
				NOW);

		assertThat(quote.total()).isEqualTo(Money.of("80.00"));
		assertThat(quote.selections()).hasSize(2);
	}

	@Test
	void anOptionOfAnotherProductIsRefused() {
		assertThat(refusal(List.of(optionId(this.size, "Large"), optionId(this.sugar, "Less"), UUID.randomUUID())))
			.isEqualTo(Rule.OPTION_NOT_OF_PRODUCT);
	}

	@Test
	void aRequiredCustomizationLeftOutTakesItsDefault() {
		PriceQuote quote = this.shikanji.price(List.of(optionId(this.size, "Large")), 1, NOW);

		assertThat(quote.selections()).extracting(PriceQuote.Selection::option).containsExactly("Large", "Regular");
		assertThat(quote.unitPrice()).isEqualTo(Money.of("60.00"));
		assertThat(this.shikanji.price(List.of(), 1, NOW).selections()).extracting(PriceQuote.Selection::option)
			.containsExactly("Regular", "Regular");
	}

	@Test
	void aRequiredCustomizationWithoutADefaultLeftOutIsRefused() {
		this.shikanji.addCustomization(customization("Glass", CustomizationType.RADIO, true,
				option("Steel", "0", false), option("Kulhad", "5.00", false)), NOW);

		assertThat(refusal(List.of(optionId(this.size, "Large")))).isEqualTo(Rule.REQUIRED_CUSTOMIZATION_MISSING);
	}

	@Test
	void anOptionalCustomizationLeftOutStaysOutEvenWithADefault() {
		this.shikanji.addCustomization(customization("Ice", CustomizationType.RADIO, false, option("Ice", "0", true),
				option("No ice", "0", false)), NOW);

		assertThat(this.shikanji.price(List.of(), 1, NOW).selections()).extracting(PriceQuote.Selection::option)
			.containsExactly("Regular", "Regular");
	}

	@Test
	void twoOptionsOfARadioOrASelectAreRefusedButNotOfACheckbox() {
		assertThat(refusal(
				List.of(optionId(this.size, "Large"), optionId(this.size, "Regular"), optionId(this.sugar, "Less"))))
			.isEqualTo(Rule.TOO_MANY_OPTIONS);
		assertThat(refusal(
				List.of(optionId(this.size, "Large"), optionId(this.sugar, "Less"), optionId(this.sugar, "Regular"))))
			.isEqualTo(Rule.TOO_MANY_OPTIONS);
	}

	@Test
	void aProductThatCannotBeOrderedNowIsNotPriced() {
		this.shikanji.archive(NOW);

		assertThat(refusal(List.of(optionId(this.size, "Large"), optionId(this.sugar, "Less"))))
			.isEqualTo(Rule.PRODUCT_UNAVAILABLE);
	}

	@Test
	void aRemovedCustomizationNoLongerCountsNorIsRequired() {
		this.shikanji.removeCustomization(this.sugar.id(), NOW);

		assertThat(this.shikanji.price(List.of(optionId(this.size, "Large")), 1, NOW).unitPrice())
			.isEqualTo(Money.of("60.00"));
		assertThatExceptionOfType(CustomizationNotFound.class)
			.isThrownBy(() -> this.shikanji.removeCustomization(this.sugar.id(), NOW));
	}

	private Rule refusal(List<UUID> options) {
		return org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidSelection.class, () -> this.shikanji.price(options, 1, NOW))
			.rule();
	}

}
