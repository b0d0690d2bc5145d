package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products' ratings, kept as the review service announces them: the menu shows and sorts
 * by them, nobody here sets them.
 */
@Service
public class ProductRatings {

	private final Products products;

	ProductRatings(Products products) {
		this.products = products;
	}

	/**
	 * Applies a product's new rating in the caller's transaction, unless a later one was
	 * applied already.
	 * @param bayesianAverage the review service's Bayesian average, {@code null} without
	 * reviews
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome rated(UUID productId, long revision, int reviewCount, @Nullable BigDecimal bayesianAverage) {
		return this.products.findById(productId)
			.map((product) -> product.rate(Rating.announced(bayesianAverage, reviewCount, revision)) ? Outcome.APPLIED
					: Outcome.STALE)
			.orElse(Outcome.UNKNOWN_PRODUCT);
	}

	/** What became of a rating change. */
	public enum Outcome {

		/** The product now carries it. */
		APPLIED,

		/** The product carries a later one already; nothing changed. */
		STALE,

		/** No such product here; nothing to change. */
		UNKNOWN_PRODUCT

	}

}
