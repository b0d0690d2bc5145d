package com.jainshikanji.review;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.config.PlatformSchemas;
import com.jainshikanji.testsupport.contract.MigrationContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The migrations build the whole schema on an empty database, with no help from a running
 * application; the database itself refuses a review of something not delivered, a second
 * review of one order item and a rating whose figures disagree with its histogram; and
 * the demo reviews come with ratings counted from their approved reviews.
 */
class MigrationTests extends MigrationContract {

	private static final String ITEM = """
			INSERT INTO reviewable_items (order_id, product_id, customer_id, store_id, order_number, product_name,
			                              quantity, delivered_at)
			VALUES ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', gen_random_uuid(),
			        gen_random_uuid(), 'ORD1', 'Masala Shikanji', 1, now())
			""";

	private static final String REVIEW = """
			INSERT INTO reviews (id, order_id, product_id, customer_id, store_id, product_name, rating, status,
			                     created_at, updated_at)
			VALUES (gen_random_uuid(), :order, '00000000-0000-4000-8000-000000000002', gen_random_uuid(),
			        gen_random_uuid(), 'Masala Shikanji', :rating, 'APPROVED', now(), now())
			""";

	MigrationTests() {
		super("review", PlatformSchemas::migrate, "public.reviewable_items", "public.reviews", "public.review_votes",
				"public.product_ratings", "public.held_items");
	}

	@Override
	protected void checkSchema(JdbcClient jdbc) {
		String delivered = "00000000-0000-4000-8000-000000000001";
		assertThatException().as("a review of something never delivered")
			.isThrownBy(() -> jdbc.sql(REVIEW).param("order", UUID.fromString(delivered)).param("rating", 5).update());
		jdbc.sql(ITEM).update();
		assertThatException().as("six stars")
			.isThrownBy(() -> jdbc.sql(REVIEW).param("order", UUID.fromString(delivered)).param("rating", 6).update());
		assertThat(jdbc.sql(REVIEW).param("order", UUID.fromString(delivered)).param("rating", 5).update()).isOne();
		assertThatException().as("a second review of the item")
			.isThrownBy(() -> jdbc.sql(REVIEW).param("order", UUID.fromString(delivered)).param("rating", 4).update());
		assertThatException().as("a count that disagrees with the histogram").isThrownBy(() -> jdbc.sql("""
				INSERT INTO product_ratings (product_id, five_stars, review_count, rating_sum)
				VALUES (gen_random_uuid(), 1, 2, 5)
				""").update());
		assertThatException().as("a sum that disagrees with the histogram").isThrownBy(() -> jdbc.sql("""
				INSERT INTO product_ratings (product_id, five_stars, review_count, rating_sum)
				VALUES (gen_random_uuid(), 1, 1, 4)
				""").update());
	}

	@Override
	protected void checkDemoData(JdbcClient jdbc) {
		// Masala Shikanji: four five-star and one four-star approved reviews.
		assertThat(jdbc.sql("""
				SELECT review_count, rating_sum FROM product_ratings
				WHERE product_id = 'e2000000-0000-4000-8000-000000000002'
				""").query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(5, 24);
		// Every product's figures are those of its approved reviews, counted afresh.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM product_ratings p
				WHERE (p.review_count, p.rating_sum) <> (SELECT count(*), coalesce(sum(rating), 0) FROM reviews r
				                                          WHERE r.product_id = p.product_id AND r.status = 'APPROVED')
				""").query(Long.class).single()).isZero();
		// The demo customer's Jain Pani Puri is left for them to review.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM reviewable_items i
				WHERE i.customer_id = 'c0000000-0000-4000-8000-000000000003'
				  AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.order_id = i.order_id AND r.product_id = i.product_id)
				""").query(Long.class).single()).isOne();
	}

}
