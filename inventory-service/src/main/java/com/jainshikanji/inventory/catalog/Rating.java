package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How customers rate a product. Owned by the review service and mirrored here for
 * browsing; admins never set it.
 *
 * @param average the average rating, 0 to 5
 * @param count how many reviews it averages
 */
@Embeddable
record Rating(@Column(name = "rating") BigDecimal average, @Column(name = "review_count") int count) {

	/** A product nobody has reviewed yet. */
	static final Rating NONE = new Rating(new BigDecimal("0.00"), 0);

}
