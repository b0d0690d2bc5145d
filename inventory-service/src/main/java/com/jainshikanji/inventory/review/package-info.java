/**
 * Reacts to the review topic: products carry the rating and review count the review
 * service announces.
 */
@NullMarked
package com.jainshikanji.inventory.review;

import org.jspecify.annotations.NullMarked;
