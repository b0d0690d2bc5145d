package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.inventory.ProductChanged;

/**
 * Products' ratings, kept as the review service announces them: the menu shows and sorts
 * by them, nobody here sets them. An applied change is announced like any other change of
 * the menu ({@link ProductChanged}), so every instance's {@link MenuCache} drops the
 * product.
 */
@Service
public class ProductRatings {

	private final Products products;

	private final ApplicationEventPublisher events;

	ProductRatings(Products products, ApplicationEventPublisher events) {
		this.products = products;
		this.events = events;
	}

	/**
	 * Applies a product's new rating in the caller's transaction, unless a later one was
	 * applied already.
	 * @param bayesianAverage the review service's Bayesian average, {@code null} without
	 * reviews
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Outcome rated(UUID productId, long revision, int reviewCount, @Nullable BigDecimal bayesianAverage) {
		Outcome outcome = this.products.findById(productId)
			.map((product) -> product.rate(Rating.announced(bayesianAverage, reviewCount, revision)) ? Outcome.APPLIED
					: Outcome.STALE)
			.orElse(Outcome.UNKNOWN_PRODUCT);
		if (outcome == Outcome.APPLIED) {
			this.events.publishEvent(new ProductChanged(productId));
		}
		return outcome;
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
