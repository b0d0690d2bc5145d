package com.jainshikanji.inventory.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DietaryFlagsTest {

	@Test
	void aJainOrVeganProductThatIsNotVegetarianCannotBeMade() {
		assertThatExceptionOfType(InvalidProduct.class)
			.isThrownBy(() -> new DietaryFlags(true, false, false, false, false))
			.withMessageContaining("veg");
		assertThatExceptionOfType(InvalidProduct.class)
			.isThrownBy(() -> new DietaryFlags(false, false, true, false, false));
	}

	@Test
	void anyOtherCombinationIsFine() {
		assertThat(new DietaryFlags(false, false, false, true, true).veg()).isFalse();
		assertThat(new DietaryFlags(true, true, true, false, false).jain()).isTrue();
		assertThat(new DietaryFlags(false, true, false, false, false).veg()).isTrue();
	}

}
