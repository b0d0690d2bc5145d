/**
 * What a customer may review: the products of their delivered orders, as the order topic
 * announced them.
 */
@NullMarked
package com.jainshikanji.review.eligibility;

import org.jspecify.annotations.NullMarked;
