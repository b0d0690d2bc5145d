package com.jainshikanji.analytics.facts;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.review.ProductRatingChanged;

/**
 * Product ratings: one row per product with the figures of the highest revision seen, so
 * an older event arriving late changes nothing. They touch no rollup: the product figures
 * join them when read.
 */
@Component
class RatingFactRecorder implements FactRecorder {

	private static final String RATING_CHANGED = EventJson.typeOf(ProductRatingChanged.class).name();

	private final JdbcClient jdbc;

	private final EventJson json;

	RatingFactRecorder(JdbcClient jdbc, EventJson json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public boolean records(EventEnvelope event) {
		return RATING_CHANGED.equals(event.type());
	}

	@Override
	public void record(EventEnvelope event, Touched touched) {
		ProductRatingChanged rating = this.json.payload(event, ProductRatingChanged.class);
		this.jdbc.sql("""
				INSERT INTO product_ratings (product_id, revision, review_count, average, bayesian_average, changed_at)
				VALUES (:product, :revision, :count, :average, :bayesian, :at)
				ON CONFLICT (product_id) DO UPDATE SET revision = EXCLUDED.revision,
				    review_count = EXCLUDED.review_count, average = EXCLUDED.average,
				    bayesian_average = EXCLUDED.bayesian_average, changed_at = EXCLUDED.changed_at
				WHERE EXCLUDED.revision > product_ratings.revision
				""")
			.param("product", rating.productId())
			.param("revision", rating.revision())
			.param("count", rating.reviewCount())
			.param("average", rating.average())
			.param("bayesian", rating.bayesianAverage())
			.param("at", Timestamp.from(rating.changedAt()))
			.update();
	}

}
