package com.jainshikanji.review.feedback;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * The caller did not receive this product in this order, or not yet: only products of
 * one's own delivered orders can be reviewed. Another customer's order looks the same as
 * an order not delivered yet, so order ids reveal nothing.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "item-not-reviewable", title = "Item not reviewable")
class ItemNotReviewable extends RuntimeException {

	ItemNotReviewable(UUID orderId, UUID productId) {
		super("Product " + productId + " of order " + orderId
				+ " is not a delivered item of yours (yet): only products of your delivered orders can be reviewed");
	}

}
