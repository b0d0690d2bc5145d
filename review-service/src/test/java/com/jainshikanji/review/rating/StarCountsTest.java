package com.jainshikanji.review.rating;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.review.RatingHistogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StarCountsTest {

	@Test
	void countsEachReviewUnderItsStars() {
		StarCounts counts = StarCounts.NONE.plus(5).plus(5).plus(4).plus(1).plus(3).plus(2);

		assertThat(counts).isEqualTo(new StarCounts(1, 1, 1, 1, 2));
		assertThat(counts.count()).isEqualTo(6);
		assertThat(counts.sum()).isEqualTo(1 + 2 + 3 + 4 + 5 + 5);
		assertThat(counts.histogram()).isEqualTo(new RatingHistogram(1, 1, 1, 1, 2));
	}

	@Test
	void takingAReviewAwayUndoesAddingIt() {
		StarCounts counts = StarCounts.NONE.plus(4).plus(2);

		assertThat(counts.minus(4)).isEqualTo(StarCounts.NONE.plus(2));
		assertThat(counts.minus(4).minus(2)).isEqualTo(StarCounts.NONE);
	}

	@Test
	void neverGoesNegative() {
		assertThatIllegalStateException().isThrownBy(() -> StarCounts.NONE.plus(3).minus(4));
	}

	@Test
	void knowsOnlyOneToFiveStars() {
		assertThatIllegalArgumentException().isThrownBy(() -> StarCounts.NONE.plus(0));
		assertThatIllegalArgumentException().isThrownBy(() -> StarCounts.NONE.plus(6));
	}

}
