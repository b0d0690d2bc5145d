package com.jainshikanji.inventory.stock;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.events.inventory.StockRestocked;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a stock row's level: what is available, its status against the minimum,
 * the events each move announces, and the bounds of its count.
 */
class StockLevelTest {

	final UUID product = UUID.randomUUID();

	final UUID store = UUID.randomUUID();

	@Test
	void availableIsOnHandLessReserved() {
		assertThat(new StockLevel(10, 4, 2).available()).isEqualTo(6);
	}

	@Test
	void statusFollowsAvailableStockAgainstTheMinimum() {
		assertThat(new StockLevel(10, 0, 5).status()).isEqualTo(StockStatus.IN_STOCK);
		assertThat(new StockLevel(10, 5, 5).status()).isEqualTo(StockStatus.LOW);
		assertThat(new StockLevel(10, 9, 5).status()).isEqualTo(StockStatus.LOW);
		assertThat(new StockLevel(10, 10, 5).status()).isEqualTo(StockStatus.OUT_OF_STOCK);
		assertThat(new StockLevel(0, 0, 0).status()).isEqualTo(StockStatus.OUT_OF_STOCK);
	}

	@Test
	void noEventWhileTheStatusStaysTheSame() {
		assertThat(events(new StockLevel(20, 0, 5), new StockLevel(15, 0, 5))).isEmpty();
		assertThat(events(new StockLevel(4, 0, 5), new StockLevel(3, 0, 5))).isEmpty();
	}

	@Test
	void fallingToTheMinimumIsLow() {
		assertThat(events(new StockLevel(20, 0, 5), new StockLevel(20, 15, 5)))
			.containsExactly(new StockLow(this.product, this.store, 5, 5));
	}

	@Test
	void fallingStraightToNothingIsLowThenOut() {
		assertThat(events(new StockLevel(20, 0, 5), new StockLevel(20, 20, 5))).containsExactly(
				new StockLow(this.product, this.store, 0, 5), new ProductOutOfStock(this.product, this.store));
	}

	@Test
	void fallingFromLowToNothingIsOut() {
		assertThat(events(new StockLevel(3, 0, 5), new StockLevel(0, 0, 5)))
			.containsExactly(new ProductOutOfStock(this.product, this.store));
	}

	@Test
	void comingBackFromNothingToLowIsLowAndAboveTheMinimumIsRestocked() {
		assertThat(events(new StockLevel(0, 0, 5), new StockLevel(2, 0, 5)))
			.containsExactly(new StockLow(this.product, this.store, 2, 5));
		assertThat(events(new StockLevel(0, 0, 5), new StockLevel(9, 0, 5)))
			.containsExactly(new StockRestocked(this.product, this.store, 9));
		assertThat(events(new StockLevel(3, 0, 5), new StockLevel(6, 0, 5)))
			.containsExactly(new StockRestocked(this.product, this.store, 6));
	}

	@Test
	void stockCountsUpToTheLargestIntAndNoFurther() {
		StockLevel nearlyFull = new StockLevel(StockLevel.MAX - 5, 0, 10);

		assertThat(nearlyFull.exceedsMaxWith(5)).isFalse();
		assertThat(nearlyFull.exceedsMaxWith(6)).isTrue();
		assertThat(nearlyFull.exceedsMaxWith(100_000)).isTrue();
		assertThat(new StockLevel(StockLevel.MAX, 0, 10).exceedsMaxWith(-1)).isFalse();
	}

	@Test
	void stockNeverGoesBelowWhatReservationsHold() {
		StockLevel level = new StockLevel(10, 4, 1);

		assertThat(level.belowReservedWith(-6)).isFalse();
		assertThat(level.belowReservedWith(-7)).isTrue();
		assertThat(new StockLevel(0, 0, 0).belowReservedWith(Integer.MIN_VALUE)).isTrue();
	}

	private java.util.List<IntegrationEvent> events(StockLevel before, StockLevel after) {
		return after.eventsSince(before, this.product, this.store);
	}

}
