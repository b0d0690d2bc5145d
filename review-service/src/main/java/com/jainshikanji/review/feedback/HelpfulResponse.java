package com.jainshikanji.review.feedback;

import java.util.UUID;

/**
 * A review's helpful votes after the caller's vote.
 *
 * @param helpfulCount how many customers found it helpful
 * @param votedByYou whether the caller's vote is among them
 */
record HelpfulResponse(UUID reviewId, int helpfulCount, boolean votedByYou) {

}
