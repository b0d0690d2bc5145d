/**
 * The review service, by feature: what customers may review, the reviews themselves and
 * the products' ratings.
 */
@NullMarked
package com.jainshikanji.review;

import org.jspecify.annotations.NullMarked;
