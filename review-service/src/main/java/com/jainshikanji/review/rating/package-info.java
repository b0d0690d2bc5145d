/**
 * Each product's rating (histogram, average, Bayesian average) from its approved reviews,
 * kept in the reviews' own transactions and published as {@code ProductRatingChanged}.
 */
@NullMarked
package com.jainshikanji.review.rating;

import org.jspecify.annotations.NullMarked;
