/**
 * Events the review service publishes: how customers rate each product.
 */
@NullMarked
package com.jainshikanji.common.events.review;

import org.jspecify.annotations.NullMarked;
