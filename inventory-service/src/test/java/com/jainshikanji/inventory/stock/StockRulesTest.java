package com.jainshikanji.inventory.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of changing stock by hand and of planning levels. */
class StockRulesTest {

	@Test
	void restockAndReturnAddWasteAndDamageTakeAwayCorrectionEither() {
		ManualReason.RESTOCK.check(5);
		ManualReason.RETURN.check(1);
		ManualReason.WASTE.check(-3);
		ManualReason.DAMAGE.check(-1);
		ManualReason.CORRECTION.check(2);
		ManualReason.CORRECTION.check(-2);

		assertThatExceptionOfType(InvalidStockChange.class).isThrownBy(() -> ManualReason.RESTOCK.check(-5))
			.withMessageContaining("positive");
		assertThatExceptionOfType(InvalidStockChange.class).isThrownBy(() -> ManualReason.WASTE.check(5))
			.withMessageContaining("negative");
	}

	@ParameterizedTest
	@EnumSource(ManualReason.class)
	void noReasonExplainsAChangeOfNothing(ManualReason reason) {
		assertThatExceptionOfType(InvalidStockChange.class).isThrownBy(() -> reason.check(0))
			.withMessageContaining("zero");
		assertThat(reason.recorded().name()).isEqualTo(reason.name());
	}

	@Test
	void levelsAreInOrder() {
		assertThat(new Levels(5, 200, 15, "glasses", new BigDecimal("12.50")).maxStock()).isEqualTo(200);
		new Levels(0, 0, 0, null, null);

		assertThatExceptionOfType(InvalidStockChange.class).isThrownBy(() -> new Levels(50, 10, 5, null, null))
			.withMessageContaining("maxStock must not be below minStock");
		assertThatExceptionOfType(InvalidStockChange.class).isThrownBy(() -> new Levels(5, 10, 11, null, null))
			.withMessageContaining("reorderPoint must not be above maxStock");
		assertThatExceptionOfType(InvalidStockChange.class).isThrownBy(() -> new Levels(-1, 10, 5, null, null));
	}

	@Test
	void aStockLineIsAPositiveQuantityAndLinesLockInProductOrder() {
		UUID first = UUID.fromString("00000000-0000-4000-8000-000000000001");
		UUID second = UUID.fromString("00000000-0000-4000-8000-000000000002");

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new StockLine(first, 0));
		assertThat(StockLine.inLockOrder(List.of(new StockLine(second, 1), new StockLine(first, 2))))
			.extracting(StockLine::productId)
			.containsExactly(first, second);
	}

}
