package com.jainshikanji.inventory.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.review.ProductRatingChanged;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.inventory.catalog.ProductRatings;

/**
 * Keeps each product's rating and review count as the review service announces them
 * ({@link ProductRatingChanged}), each event once (the inbox record commits with the
 * change). A failed event is retried from a retry topic while later ones go ahead, so
 * changes can arrive out of order: each carries the revision of the product's rating, and
 * only one newer than the revision applied changes anything.
 */
@Component
class ReviewEventsListener {

	static final String CONSUMER = "inventory-service.product-ratings";

	private static final Logger log = LoggerFactory.getLogger(ReviewEventsListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final ProductRatings ratings;

	ReviewEventsListener(ProcessedEvents processedEvents, EventJson json, ProductRatings ratings) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.ratings = ratings;
	}

	@KafkaListener(topics = Topics.REVIEW)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.is(ProductRatingChanged.class) || !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		ProductRatingChanged changed = this.json.payload(event, ProductRatingChanged.class);
		switch (this.ratings.rated(changed.productId(), changed.revision(), changed.reviewCount(),
				changed.bayesianAverage())) {
			case APPLIED ->
				log.debug("Rating revision {} of product {} applied", changed.revision(), changed.productId());
			case STALE -> log.info("Rating revision {} of product {} is older than the one applied; ignored",
					changed.revision(), changed.productId());
			case UNKNOWN_PRODUCT ->
				log.warn("Rating of product {} announced, but there is no such product here", changed.productId());
		}
	}

}
